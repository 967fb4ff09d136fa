// The mails, in Swedish plain language: to staff, what they need to act on a case; to the tenant, what happened
// with theirs. Every value from a record is escaped in the HTML part and kept on one line in the subject.
import type { AdminReport, AdminTrivselpeng, Config, Event } from '@grannskap/contract';
import type { Store } from '../storage/store.js';

export interface MailContent { subject: string; text: string; html: string }

export interface TemplateContext {
  store: Store;
  config: Config;
  /** Photo link valid for a while, signed (see links.ts). */
  photoLink: (id: string) => string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Header values never carry a line break, whatever a record holds. */
const oneLine = (s: string) => s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();

const STATUS: Record<string, string> = {
  received: 'Mottagen', in_progress: 'Vi arbetar med ärendet', resolved: 'Åtgärdad', closed: 'Avslutad',
  submitted: 'Ansökan har kommit in', under_review: 'Vi går igenom ansökan', approved: 'Beviljad', rejected: 'Inte beviljad',
  paid: 'Pengarna är utbetalda', followed_up: 'Uppföljningen är klar',
};
const statusName = (s: string) => STATUS[s] ?? s;

const when = (config: Config, iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: config.timeZone, dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

type Row = [label: string, value: string | string[]];

/** Plain text and HTML from the same rows, so both parts always say the same. */
const compose = (subject: string, intro: string, rows: Row[], outro: string[] = []): MailContent => {
  const text = [
    intro, '',
    ...rows.map(([label, value]) => (Array.isArray(value) ? `${label}:\n${value.map((v) => `  ${v}`).join('\n')}` : `${label}: ${value}`)),
    ...(outro.length ? ['', ...outro] : []),
  ].join('\n');
  const cell = (value: string | string[]) =>
    Array.isArray(value)
      ? `<ul>${value.map((v) => (/^https?:\/\//.test(v) ? `<li><a href="${escapeHtml(v)}">${escapeHtml(v)}</a></li>` : `<li>${escapeHtml(v)}</li>`)).join('')}</ul>`
      : escapeHtml(value).replace(/\n/g, '<br>');
  const html = [
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>', escapeHtml(subject), '</title></head><body>',
    `<p>${escapeHtml(intro)}</p>`,
    '<table>', ...rows.map(([label, value]) => `<tr><th scope="row" align="left" valign="top">${escapeHtml(label)}</th><td>${cell(value)}</td></tr>`), '</table>',
    ...outro.map((line) => `<p>${escapeHtml(line)}</p>`),
    '</body></html>',
  ].join('');
  return { subject: oneLine(subject), text, html };
};

const placeOf = async (store: Store, r: AdminReport): Promise<string> => {
  const address = r.addressId ? await store.getAddress(r.addressId) : undefined;
  const main = address ? [address.street, address.postalCode, address.city].filter(Boolean).join(', ') : (r.place ?? 'Ingen adress angiven');
  return r.placeDetail ? `${main} (${r.placeDetail})` : main;
};

const contactOf = (c: AdminReport['contact']): string =>
  c.anonymous ? 'Anonym – vi kan inte kontakta personen' : [c.name, c.phone, c.email].filter(Boolean).map((v) => oneLine(String(v))).join(', ');

/** A new case, to the staff the rules name. */
export const staffMail = async (event: Event, ctx: TemplateContext): Promise<MailContent> => {
  const { store, config } = ctx;
  const org = config.organisation.name;
  switch (event.type) {
    case 'report.created': {
      const r = event.data as AdminReport;
      const category = (await store.getCategory(r.category))?.name.sv ?? r.category;
      const area = (await store.getArea(r.area))?.name ?? r.area;
      const place = await placeOf(store, r);
      const dangerous = typeof r.answers.dangerous_now === 'boolean' ? r.answers.dangerous_now : null;
      const urgent = dangerous ?? r.happeningNow;
      const answers = Object.entries(r.answers).filter(([code]) => code !== 'dangerous_now').map(([code, value]) => `${code}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
      return compose(
        `${urgent ? 'BRÅDSKANDE: ' : ''}${category} – ${place} (${r.reference})`,
        `Ett nytt ärende har kommit in till ${org}.`,
        [
          ['Ärende', r.reference],
          ['Vad', category],
          ...(dangerous === null ? [] : [['Är det farligt just nu?', dangerous ? 'JA – farligt just nu' : 'Nej'] as Row]),
          ['Pågår det just nu?', r.happeningNow ? 'Ja' : 'Nej'],
          ['Var', place],
          ['Område', area],
          ['När det hände', when(config, r.occurredAt)],
          ['Beskrivning', r.description],
          ...(answers.length ? [['Svar', answers] as Row] : []),
          ['Kontakt', contactOf(r.contact)],
          ...(r.attachments.length ? [['Foton (länkarna slutar gälla efter en vecka)', r.attachments.map(ctx.photoLink)] as Row] : []),
        ],
        ['Svara inte på det här mejlet. Ändra status i personalvyn när ni har tagit ärendet.'],
      );
    }
    case 'application.submitted': {
      const a = event.data as AdminTrivselpeng;
      return compose(
        `Ny ansökan om trivselpeng: ${a.activity.title} (${a.reference})`,
        `En ny ansökan om trivselpeng har kommit in till ${org}.`,
        [
          ['Ansökan', a.reference],
          ['Aktivitet', a.activity.title],
          ['Datum', a.activity.date],
          ['Område', (await store.getArea(a.area))?.name ?? a.area],
          ['Söker', `${a.requestedTotal} kr`],
          ['Sökande', [a.applicant.name, a.applicant.phone, a.applicant.email].filter(Boolean).join(', ')],
        ],
      );
    }
    case 'follow_up.submitted':
      return compose(
        `Uppföljning av trivselpeng (${event.data.reference})`,
        'Den som fick trivselpeng har berättat hur aktiviteten gick.',
        [
          ['Ansökan', event.data.reference],
          ['Deltagare', String(event.data.followUp.participants)],
          ['Hur det gick', event.data.followUp.howItWent],
          ...(event.data.followUp.receipts.length ? [['Kvitton (länkarna slutar gälla efter en vecka)', event.data.followUp.receipts.map(ctx.photoLink)] as Row] : []),
        ],
      );
    case 'registration.created': {
      const reg = event.data;
      const activity = await store.getActivity(reg.activityId);
      return compose(
        `Ny anmälan: ${activity?.title.sv ?? reg.activityId} ${reg.occurrence.replace('T', ' ')}`,
        'Någon har anmält sig till en aktivitet.',
        [
          ['Aktivitet', activity?.title.sv ?? reg.activityId],
          ['Tillfälle', reg.occurrence.replace('T', ' kl. ')],
          ['Antal', `${reg.participants}${reg.waitlistedParticipants ? ` (${reg.waitlistedParticipants} på väntelistan)` : ''}`],
          ['Kontakt', [reg.contact.name, reg.contact.phone, reg.contact.email].filter(Boolean).join(', ')],
        ],
      );
    }
    default:
      return compose(`${event.type}`, `Händelse i ${org}.`, [['Typ', event.type]]);
  }
};

const kr = (n: number) => `${new Intl.NumberFormat('sv-SE').format(n)} kr`;
const occurrenceText = (occurrence: string) => occurrence.replace('T', ' kl. ');

/** What staff wrote to the applicant with a decision (kept in the application's history). */
const decisionMessage = async (store: Store, reference: string, at: string): Promise<string | null> => {
  const stored = await store.getTrivselpeng(reference);
  return stored ? ((await store.trivselpengHistory(stored.rowId)).find((h) => h.at === at && h.message)?.message ?? null) : null;
};

/** To the tenant about their own case: a receipt, a new status or decision, a message from staff, a place. */
export const tenantMail = async (event: Event, ctx: TemplateContext, unsubscribeUrl: string): Promise<MailContent | null> => {
  const { config, store } = ctx;
  const org = config.organisation.name;
  const stop = (what: string) => `Vill du inte få fler mejl om ${what}? Avsluta här: ${unsubscribeUrl}`;
  const reportOutro = ['Du kan se hur det går med ärendet via länken du fick när du skickade in det.', stop('ärendet')];
  const applicationOutro = ['Du kan se hur det går med ansökan via länken du fick när du skickade in den.', stop('ansökan')];
  const registrationOutro = ['Vill du avboka? Använd länken du fick när du anmälde dig.', stop('anmälan')];
  const activityTitle = async (id: string) => (await store.getActivity(id))?.title.sv ?? 'aktiviteten';
  switch (event.type) {
    case 'report.created':
      return compose(`Vi har tagit emot ditt ärende ${event.data.reference}`, `Tack! ${org} har tagit emot det du skickade in.`, [
        ['Ärendenummer', event.data.reference],
        ['Mottaget', when(config, event.data.createdAt)],
      ], reportOutro);
    case 'report.status_changed':
      return compose(`Ditt ärende ${event.data.reference}: ${statusName(event.data.status)}`, 'Det har hänt något i ditt ärende.', [
        ['Ärendenummer', event.data.reference],
        ['Status nu', statusName(event.data.status)],
      ], reportOutro);
    case 'report.message_to_tenant': {
      const report = (await store.getReport(event.data.reference))?.report;
      return compose(`Meddelande om ditt ärende ${event.data.reference}`, `${org} har skrivit till dig om ditt ärende.`, [
        ['Ärendenummer', event.data.reference],
        ...(report ? [['Status nu', statusName(report.status)] as Row] : []),
        ['Meddelande', event.data.message],
      ], reportOutro);
    }
    case 'application.submitted': {
      const a = event.data;
      return compose(`Vi har tagit emot din ansökan om trivselpeng ${a.reference}`, `Tack! ${org} har tagit emot din ansökan om trivselpeng.`, [
        ['Ansökan', a.reference],
        ['Aktivitet', a.activity.title],
        ['Datum', a.activity.date],
        ['Du söker', kr(a.requestedTotal)],
        ['Besked', `Du får besked inom ${config.limits.trivselpeng.decisionDays} arbetsdagar.`],
      ], applicationOutro);
    }
    case 'application.decided': {
      const d = event.data;
      const message = await decisionMessage(store, d.reference, d.at);
      const subject: Record<string, string> = {
        under_review: `Vi går igenom din ansökan ${d.reference}`,
        approved: `Din ansökan ${d.reference} är beviljad`,
        rejected: `Din ansökan ${d.reference} är inte beviljad`,
        paid: `Pengarna för ansökan ${d.reference} är utbetalda`,
      };
      return compose(subject[d.status] ?? `Din ansökan ${d.reference}: ${statusName(d.status)}`, `${org} har ett besked om din ansökan om trivselpeng.`, [
        ['Ansökan', d.reference],
        ['Beslut', statusName(d.status)],
        ...(d.status === 'approved' && d.approvedAmount ? [['Du får', kr(d.approvedAmount)] as Row] : []),
        ...(d.status === 'rejected' && d.reason ? [['Varför', d.reason] as Row] : []),
        ...(d.status !== 'rejected' && message ? [['Meddelande', message] as Row] : []),
      ], applicationOutro);
    }
    case 'registration.created': {
      const r = event.data;
      const waiting = r.waitlistedParticipants ?? (r.status === 'waitlisted' ? r.participants : 0);
      const placed = r.participants - waiting;
      const title = await activityTitle(r.activityId);
      return compose(
        waiting === 0 ? `Du är anmäld: ${title}` : `Din anmälan: ${title}`,
        waiting === 0 ? 'Tack för din anmälan! Välkommen.' : 'Tack för din anmälan! Aktiviteten är full just nu, så du står på väntelistan.',
        [
          ['Aktivitet', title],
          ['Tillfälle', occurrenceText(r.occurrence)],
          ...(placed > 0 ? [['Har plats', String(placed)] as Row] : []),
          ...(waiting > 0 ? [['På väntelistan', `${waiting}${r.waitlistPosition ? ` (plats ${r.waitlistPosition} i kön)` : ''}`] as Row] : []),
          ...(waiting > 0 ? [['Vad händer nu?', 'Om någon avbokar får du ett mejl när du har fått en plats.'] as Row] : []),
        ],
        registrationOutro,
      );
    }
    case 'registration.promoted': {
      const r = event.data;
      const title = await activityTitle(r.activityId);
      return compose(`Du har fått plats: ${title}`, 'Någon har avbokat, så nu har du fått en plats. Välkommen!', [
        ['Aktivitet', title],
        ['Tillfälle', occurrenceText(r.occurrence)],
        ['Nya platser', String(r.promoted)],
        ...(r.waitlistedParticipants > 0 ? [['Väntar fortfarande', String(r.waitlistedParticipants)] as Row] : []),
      ], registrationOutro);
    }
    case 'registration.cancelled': {
      const r = event.data;
      const title = await activityTitle(r.activityId);
      return compose(`Avbokad: ${title}`, 'Din anmälan är avbokad.', [
        ['Aktivitet', title],
        ['Tillfälle', occurrenceText(r.occurrence)],
      ], [stop('anmälan')]);
    }
    default:
      return null;
  }
};
