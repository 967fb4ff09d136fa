import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adminDecideTrivselpeng, adminGetTrivselpeng, adminListTrivselpeng, createFollowUp, createTrivselpeng, getCase, uploadAttachment } from '@grannskap/contract';
import sharp from 'sharp';
import { call, issuePaths, startTestServer, type TestServer } from './helpers/server.js';
import { trivselpengBody } from './helpers/fixtures.js';

describe('trivselpeng', () => {
  let t: TestServer;
  before(async () => { t = await startTestServer(); });
  after(async () => t.close());

  it('accepts an application and promises a decision a number of working days ahead', async () => {
    const res = await call(t, createTrivselpeng, { body: await trivselpengBody(t) });
    assert.equal(res.status, 201);
    assert.match(res.body.reference, /^T-2026-\d{6}$/);
    assert.equal(res.body.status, 'submitted');
    // Saturday 28 Nov 2026 + the demo's working days: never on a weekend.
    const day = new Date(`${res.body.decisionBy}T12:00:00Z`).getUTCDay();
    assert.ok(day >= 1 && day <= 5);
    assert.ok(res.body.decisionBy > '2026-11-30');
  });

  it('checks the cap, the rules, co-organisers, the organiser\'s age and the date', async () => {
    const base = await trivselpengBody(t);
    const overCap = await call(t, createTrivselpeng, { body: { ...base, budget: [{ item: 'Buss', amount: 9000 }], requestedTotal: 9000 } });
    assert.equal(overCap.status, 422);
    assert.ok(issuePaths(overCap.body).includes('requestedTotal:over_cap'));
    assert.equal(overCap.body.issues.find((i: { code: string }) => i.code === 'over_cap').maximum, 5000);
    const mismatch = await call(t, createTrivselpeng, { body: { ...base, requestedTotal: 901 } });
    assert.ok(issuePaths(mismatch.body).includes('requestedTotal:total_mismatch'));
    const rule = Object.keys(base.eligibility)[0]!;
    const { [rule]: _dropped, ...fewer } = base.eligibility;
    const missingRule = await call(t, createTrivselpeng, { body: { ...base, eligibility: fewer } });
    assert.ok(issuePaths(missingRule.body).includes(`eligibility.${rule}:required`));
    const alone = await call(t, createTrivselpeng, { body: { ...base, coOrganisers: [] } });
    assert.ok(issuePaths(alone.body).includes('coOrganisers:too_small'));
    const young = await call(t, createTrivselpeng, { body: { ...base, applicant: { ...base.applicant, age: 15 } } });
    assert.ok(issuePaths(young.body).includes('applicant.age:too_small'));
    const past = await call(t, createTrivselpeng, { body: { ...base, activity: { ...base.activity, date: '2026-11-27' } } });
    assert.ok(issuePaths(past.body).includes('activity.date:in_past'));
    const area = await call(t, createTrivselpeng, { body: { ...base, area: 'no-such-area' } });
    assert.ok(issuePaths(area.body).includes('area:unknown'));
  });

  it('walks submitted → under review → approved → paid → followed up, with history and a tenant-facing status', async () => {
    const { reference, token } = (await call(t, createTrivselpeng, { body: await trivselpengBody(t) })).body;
    const decide = (body: Record<string, unknown>) => call(t, adminDecideTrivselpeng, { admin: t.admin, params: { reference }, body });

    const tooEarly = await call(t, createFollowUp, { params: { reference }, body: { token, participants: 30, howItWent: 'Bra', receipts: [] } });
    assert.equal(tooEarly.status, 409);
    assert.equal(tooEarly.body.code, 'not_allowed_now');
    const skip = await decide({ status: 'paid' });
    assert.equal(skip.status, 409);

    assert.equal((await decide({ status: 'under_review', note: 'Kollar budgeten' })).body.status, 'under_review');
    const overAmount = await decide({ status: 'approved', amount: 999999 });
    assert.equal(overAmount.status, 422);
    const approved = await decide({ status: 'approved', amount: 800, message: 'Beviljat 800 kr.' });
    assert.equal(approved.body.approvedAmount, 800);
    const paid = await decide({ status: 'paid' });
    assert.equal(paid.body.status, 'paid');
    assert.deepEqual(paid.body.history.map((h: { status: string }) => h.status), ['submitted', 'under_review', 'approved', 'paid']);
    assert.equal(paid.body.history[1].by, 'test-staff');

    const status = await call(t, getCase, { params: { reference }, query: { token } });
    assert.equal(status.body.type, 'trivselpeng');
    assert.equal(status.body.approvedAmount, 800);
    assert.equal(status.body.followUp.available, false, 'the activity (12 Dec) has not happened yet');
    assert.ok(!status.text.includes('Kollar budgeten') && !status.text.includes('Amina'));
    const notYet = await call(t, createFollowUp, { params: { reference }, body: { token, participants: 30, howItWent: 'Bra', receipts: [] } });
    assert.equal(notYet.status, 409);

    // From the activity's own date on (12 Dec, an evening activity reported the same night).
    t.clock.ms = Date.parse('2026-12-11T23:30:00+01:00');
    assert.equal((await call(t, getCase, { params: { reference }, query: { token } })).body.followUp.available, false, 'the day before');
    t.clock.ms = Date.parse('2026-12-12T21:00:00+01:00');
    assert.equal((await call(t, getCase, { params: { reference }, query: { token } })).body.followUp.available, true, 'on the day');
    t.clock.ms = Date.parse('2026-12-14T10:00:00+01:00');
    try {
      const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: 'white' } }).jpeg().toBuffer();
      const fd = new FormData();
      fd.append('file', new Blob([png], { type: 'image/jpeg' }), 'kvitto.jpg');
      const receipt = await call(t, uploadAttachment, { raw: fd });
      const wrongToken = await call(t, createFollowUp, { params: { reference }, body: { token: 'B'.repeat(43), participants: 30, howItWent: 'Bra', receipts: [] } });
      assert.equal(wrongToken.status, 404);
      const done = await call(t, createFollowUp, { params: { reference }, body: { token, participants: 35, howItWent: 'Mycket uppskattat!', receipts: [receipt.body.id] } });
      assert.equal(done.status, 201);
      assert.equal(done.body.status, 'followed_up');
      assert.ok(done.body.followUp.submittedAt);
      const full = await call(t, adminGetTrivselpeng, { admin: t.admin, params: { reference } });
      assert.equal(full.body.followUp.participants, 35);
      assert.deepEqual(full.body.followUp.receipts, [receipt.body.id]);
      const twice = await call(t, createFollowUp, { params: { reference }, body: { token, participants: 1, howItWent: 'Igen', receipts: [] } });
      assert.equal(twice.status, 409);
    } finally {
      t.clock.ms = Date.parse('2026-11-28T10:00:00+01:00');
    }
  });

  it('rejects with a reason shown to the applicant, and refuses illegal transitions', async () => {
    const { reference, token } = (await call(t, createTrivselpeng, { body: await trivselpengBody(t) })).body;
    const rejected = await call(t, adminDecideTrivselpeng, { admin: t.admin, params: { reference }, body: { status: 'rejected', reason: 'Aktiviteten är inte öppen för alla.' } });
    assert.equal(rejected.body.status, 'rejected');
    const status = await call(t, getCase, { params: { reference }, query: { token } });
    assert.equal(status.body.history.at(-1).message, 'Aktiviteten är inte öppen för alla.');
    const approveLater = await call(t, adminDecideTrivselpeng, { admin: t.admin, params: { reference }, body: { status: 'approved', amount: 100 } });
    assert.equal(approveLater.status, 409);
    const missing = await call(t, adminDecideTrivselpeng, { admin: t.admin, params: { reference: 'T-2000-000001' }, body: { status: 'under_review' } });
    assert.equal(missing.status, 404);
  });

  it('lists applications newest first, filtered by status', async () => {
    const all = await call(t, adminListTrivselpeng, { admin: t.admin, query: { limit: 2 } });
    assert.equal(all.status, 200);
    assert.equal(all.body.items.length, 2);
    const next = await call(t, adminListTrivselpeng, { admin: t.admin, query: { limit: 2, cursor: all.body.nextCursor } });
    assert.ok(next.body.items.length >= 1);
    assert.ok(next.body.items[0].reference < all.body.items[1].reference);
    const rejected = await call(t, adminListTrivselpeng, { admin: t.admin, query: { status: 'rejected' } });
    assert.ok(rejected.body.items.length >= 1 && rejected.body.items.every((a: { status: string }) => a.status === 'rejected'));
  });
});
