import type { ActivityCreate, ReportCreate, TrivselpengCreate } from '@grannskap/contract';
import { adminCreateActivity, createReport, listAreas, listCategories, getConfig } from '@grannskap/contract';
import { call, type TestServer } from './server.js';

export const catalogue = async (t: TestServer) => {
  const areas = (await call(t, listAreas)).body.items as { id: string }[];
  const categories = (await call(t, listCategories)).body.items as { code: string; fields: { code: string; required: boolean; type: string; values?: { key: string }[] }[] }[];
  const config = (await call(t, getConfig)).body;
  return { areas, categories, config };
};

/** Answers every required field of a category with a valid value. */
export const answersFor = (category: { fields: { code: string; required: boolean; type: string; values?: { key: string }[] }[] }) => {
  const out: Record<string, string | number | boolean | string[]> = {};
  for (const f of category.fields) {
    if (!f.required) continue;
    out[f.code] = f.type === 'number' ? 1 : f.type === 'boolean' ? true : f.type === 'singlevaluelist' ? f.values![0]!.key
      : f.type === 'multivaluelist' ? [f.values![0]!.key] : f.type === 'datetime' ? '2026-11-27T22:00:00+01:00' : 'svar';
  }
  return out;
};

export const reportBody = async (t: TestServer, extra: Partial<ReportCreate> = {}): Promise<ReportCreate> => {
  const { areas, categories } = await catalogue(t);
  const category = categories[0]!;
  return {
    category: category.code,
    area: areas[0]!.id,
    place: 'Gården bakom huset',
    occurredAt: '2026-11-27T23:10:00+01:00',
    happeningNow: false,
    description: 'Hög musik från lägenheten ovanför sedan klockan elva.',
    answers: answersFor(category),
    attachments: [],
    contact: { anonymous: true },
    privacyAccepted: true,
    ...extra,
  };
};

export const submitReport = async (t: TestServer, extra: Partial<ReportCreate> = {}) => {
  const res = await call(t, createReport, { body: await reportBody(t, extra) });
  if (res.status !== 201) throw new Error(`report not created: ${res.text}`);
  return res.body as { reference: string; token: string };
};

export const activityBody = (areaId: string, extra: Partial<ActivityCreate> = {}): ActivityCreate => ({
  title: { sv: 'Pingis i lokalen', en: 'Table tennis' },
  description: { sv: 'Vi spelar pingis, alla är välkomna.' },
  category: 'gemensam_aktivitet',
  areas: [areaId],
  place: { name: 'Kvarterslokalen', address: 'Exempelgatan 1' },
  start: '2026-12-05T14:00',
  end: '2026-12-05T16:00',
  ageMin: 7,
  ageMax: 99,
  capacity: 4,
  registration: { required: true },
  organiser: { name: 'Områdesvärdarna' },
  languages: ['sv'],
  ...extra,
});

export const createActivity = async (t: TestServer, extra: Partial<ActivityCreate> = {}) => {
  const { areas } = await catalogue(t);
  const res = await call(t, adminCreateActivity, { admin: t.admin, body: activityBody(areas[0]!.id, extra) });
  if (res.status !== 201) throw new Error(`activity not created: ${res.text}`);
  return res.body as { id: string };
};

export const trivselpengBody = async (t: TestServer, extra: Partial<TrivselpengCreate> = {}): Promise<TrivselpengCreate> => {
  const { areas, config } = await catalogue(t);
  const rules = config.limits.trivselpeng;
  const eligibility = Object.fromEntries(rules.rules.map((r: { code: string }) => [r.code, true as const]));
  const coOrganisers = Array.from({ length: rules.coOrganisersRequired }, (_, i) => ({ name: `Granne ${i + 1}`, address: `Exempelgatan ${i + 2}` }));
  return {
    area: areas[0]!.id,
    applicant: { name: 'Amina Exempel', address: 'Exempelgatan 1', phone: '070-000 00 00', age: Math.max(rules.minOrganiserAge, 30) },
    coOrganisers,
    activity: {
      title: 'Grillkväll på gården', description: 'Vi grillar och lär känna varandra.', date: '2026-12-12', startTime: '17:00',
      place: 'Gården', targetGroup: 'Alla grannar', expectedParticipants: 40,
    },
    budget: [{ item: 'Korv och bröd', amount: 600 }, { item: 'Dricka', amount: 300 }],
    requestedTotal: 900,
    eligibility,
    consents: { privacy: true, truthful: true },
    ...extra,
  };
};
