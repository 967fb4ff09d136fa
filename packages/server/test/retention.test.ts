// Privacy: the retention job deletes reports, trivselpeng applications, registrations and their photos
// (the files too) once they are older than the configured period, and logs counts — never contents.
// The server's clock is a fake one, moved across each boundary by a second either way.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { RetentionLog, adminRetentionLog, createRegistration, createTrivselpeng, getCase, uploadAttachment } from '@grannskap/contract';
import { storeOf } from '../src/app/build.js';
import { runRetention, type RetentionPeriods } from '../src/app/retention.js';
import { call, startTestServer, T0, type TestServer } from './helpers/server.js';
import { createActivity, submitReport, trivselpengBody } from './helpers/fixtures.js';
import { recordFigures } from './helpers/figures.js';

const DAY = 24 * 60 * 60 * 1000;
const periods: RetentionPeriods = { reportsDays: 30, applicationsDays: 60, registrationsDays: 10 };
const SECRET = 'Hemlig-granne-Zyxwv';

describe('retention', () => {
  let t: TestServer;
  const made = { old: { report: '', application: '', registration: '' }, young: { report: '', application: '', registration: '' }, photo: '' };
  let oldToken = '';
  let youngToken = '';
  before(async () => {
    t = await startTestServer({ retention: { ...periods } });
    const activity = await createActivity(t);
    const register = async (name: string) => {
      const res = await call(t, createRegistration, {
        params: { id: activity.id },
        body: { occurrence: '2026-12-05T14:00', participants: [{ name, age: 30 }], contact: { name: SECRET, email: 'kontakt@example.org' }, consent: true },
      });
      assert.equal(res.status, 201, res.text);
      return (res.body as { id: string }).id;
    };
    // The "old" records, at T0 …
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 9, g: 9, b: 9 } } }).jpeg().toBuffer();
    const fd = new FormData();
    fd.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
    const photo = await call(t, uploadAttachment, { raw: fd });
    assert.equal(photo.status, 201, photo.text);
    made.photo = (photo.body as { id: string }).id;
    const old = await submitReport(t, { description: `${SECRET} spelar hög musik.`, attachments: [made.photo] });
    made.old.report = old.reference;
    oldToken = old.token;
    const app = await call(t, createTrivselpeng, { body: await trivselpengBody(t, { activity: { ...(await trivselpengBody(t)).activity, description: SECRET } }) });
    assert.equal(app.status, 201, app.text);
    made.old.application = (app.body as { reference: string }).reference;
    made.old.registration = await register('Gammal');
    // … and the "young" ones two days later.
    t.clock.ms = T0 + 2 * DAY;
    const young = await submitReport(t);
    made.young.report = young.reference;
    youngToken = young.token;
    made.young.application = ((await call(t, createTrivselpeng, { body: await trivselpengBody(t) })).body as { reference: string }).reference;
    made.young.registration = await register('Ung');
  });
  after(async () => t.close());

  const exists = async () => {
    const one = async (sql: string, v: string) => (await t.sql(sql, v)).length > 0;
    return {
      oldReport: await one('SELECT 1 FROM reports WHERE reference = ?', made.old.report),
      youngReport: await one('SELECT 1 FROM reports WHERE reference = ?', made.young.report),
      oldApplication: await one('SELECT 1 FROM trivselpeng WHERE reference = ?', made.old.application),
      youngApplication: await one('SELECT 1 FROM trivselpeng WHERE reference = ?', made.young.application),
      oldRegistration: await one('SELECT 1 FROM registrations WHERE id = ?', made.old.registration),
      youngRegistration: await one('SELECT 1 FROM registrations WHERE id = ?', made.young.registration),
      photo: await one('SELECT 1 FROM attachments WHERE id = ?', made.photo),
    };
  };
  const run = (at: number) => runRetention(storeOf(t.server.app), join(t.dataDir, 'uploads'), periods, new Date(at));
  const uploads = () => readdirSync(join(t.dataDir, 'uploads'));
  let photoFile = '';

  it('keeps everything just inside each period', async () => {
    photoFile = (await t.sql<{ file: string }>('SELECT file FROM attachments WHERE id = ?', made.photo))[0]!.file;
    assert.ok(existsSync(join(t.dataDir, 'uploads', photoFile)));
    const r = await run(T0 + 10 * DAY - 1000);
    assert.deepEqual(r.deleted, { reports: 0, applications: 0, registrations: 0, photos: 0 });
    assert.ok(Object.values((await exists())).every(Boolean));
  });

  it('deletes a registration a second past its period, and nothing else', async () => {
    const r = await run(T0 + 10 * DAY + 1000);
    assert.deepEqual(r.deleted, { reports: 0, applications: 0, registrations: 1, photos: 0 });
    assert.deepEqual((await exists()), { oldReport: true, youngReport: true, oldApplication: true, youngApplication: true, oldRegistration: false, youngRegistration: true, photo: true });
  });

  it('deletes a report with its photo, the file included, a second past 30 days', async () => {
    // The young registration (T0 + 2 days) is past its 10 days by now.
    assert.deepEqual((await run(T0 + 30 * DAY - 1000)).deleted, { reports: 0, applications: 0, registrations: 1, photos: 0 });
    const r = await run(T0 + 30 * DAY + 1000);
    assert.deepEqual(r.deleted, { reports: 1, applications: 0, registrations: 0, photos: 1 });
    const now = (await exists());
    assert.equal(now.oldReport, false);
    assert.equal(now.photo, false);
    assert.equal(now.youngReport, true);
    assert.ok(!uploads().includes(photoFile), 'the photo file is still on disk');
    // The reporter's lookup now finds nothing — the same 404 as for any unknown case.
    t.clock.ms = T0 + 30 * DAY + 2000;
    assert.equal((await call(t, getCase, { params: { reference: made.old.report }, query: { token: oldToken } })).status, 404);
    assert.equal((await call(t, getCase, { params: { reference: made.young.report }, query: { token: youngToken } })).status, 200);
  });

  it('deletes an application past 60 days; a second run deletes nothing', async () => {
    // The young report (created at T0 + 2 days) is past 30 days by now too (its registration went at day 30).
    assert.deepEqual((await run(T0 + 60 * DAY - 1000)).deleted, { reports: 1, applications: 0, registrations: 0, photos: 0 });
    const r = await run(T0 + 60 * DAY + 1000);
    assert.deepEqual(r.deleted, { reports: 0, applications: 1, registrations: 0, photos: 0 });
    assert.deepEqual((await exists()), { oldReport: false, youngReport: false, oldApplication: false, youngApplication: true, oldRegistration: false, youngRegistration: false, photo: false });
    const again = await run(T0 + 60 * DAY + 2000);
    assert.deepEqual(again.deleted, { reports: 0, applications: 0, registrations: 0, photos: 0 });
  });

  it('shows staff the log through GET /v1/admin/retention-log, newest first, and no one else', async () => {
    assert.equal((await call(t, adminRetentionLog)).status, 401);
    const res = await call(t, adminRetentionLog, { admin: t.admin, query: { limit: 3 } });
    assert.equal(res.status, 200, res.text);
    const log = RetentionLog.parse(res.body);
    assert.equal(log.items.length, 3);
    // the last run above deleted nothing; the one before it the 60-day application
    assert.deepEqual(log.items.map((i) => i.deleted.applications), [0, 1, 0]);
    assert.deepEqual(log.items[0]!.periodDays, { reports: 30, applications: 60, registrations: 10 });
    assert.ok(log.items[0]!.at >= log.items[1]!.at && log.items[1]!.at >= log.items[2]!.at);
    assert.equal((await call(t, adminRetentionLog, { admin: t.admin, query: { limit: 0 } })).status, 400);
  });

  it('logs counts and periods only: no references, names or texts in the audit table', async () => {
    {
      const rows = await t.sql('SELECT * FROM retention_log ORDER BY id');
      // One at startup and one per run above.
      assert.ok(rows.length >= 8, String(rows.length));
      const columns = Object.keys(rows[0]!).sort();
      assert.deepEqual(columns, ['applications', 'applications_days', 'at', 'id', 'registrations', 'registrations_days', 'reports', 'reports_days', 'photos'].sort());
      const text = JSON.stringify(rows);
      for (const personal of [SECRET, made.old.report, made.young.report, made.old.application, made.old.registration, made.photo, photoFile, 'Gammal', 'kontakt@example.org']) {
        assert.ok(!text.includes(personal), `the retention log holds "${personal}"`);
      }
      const totals = rows.reduce<Record<string, number>>((acc, r) => {
        for (const k of ['reports', 'applications', 'registrations', 'photos']) acc[k] = (acc[k] ?? 0) + Number(r[k]);
        return acc;
      }, {});
      assert.deepEqual(totals, { reports: 2, applications: 1, registrations: 2, photos: 1 });
      assert.deepEqual((await storeOf(t.server.app).retentionLog(1))[0]!.deleted, { reports: 0, applications: 0, registrations: 0, photos: 0 });
      recordFigures('retention', 'Privacy: retention deletes reports, applications, registrations and photos past the period; the audit log holds counts only',
        'packages/server/test/retention.test.ts (fake clock, ±1 s around each boundary)',
        { 'boundaries checked': 6, 'records deleted': totals.reports! + totals.applications! + totals.registrations!, 'photo files removed': totals.photos!, 'audit rows': rows.length, 'personal strings in audit log': 0, 'second run deletions': 0 },
        true);
    }
  });

  it('refuses a period that is not a whole number of days', async () => {
    await assert.rejects(startTestServer({ retention: { reportsDays: 0 } }), /reportsDays/);
  });
});
