import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adminGetReport, adminListReports, adminSetReportStatus, createReport, getCase } from '@grannskap/contract';
import { call, freshKey, issuePaths, startTestServer, type TestServer } from './helpers/server.js';
import { catalogue, reportBody, submitReport } from './helpers/fixtures.js';

describe('reports and case status', () => {
  let t: TestServer;
  before(async () => { t = await startTestServer(); });
  after(async () => t.close());

  it('creates a report with a reference, a private token and status received', async () => {
    const res = await call(t, createReport, { body: await reportBody(t) });
    assert.equal(res.status, 201);
    assert.match(res.body.reference, /^R-2026-\d{6}$/);
    assert.ok(Buffer.from(res.body.token, 'base64url').length >= 16, 'token carries at least 128 bits');
    assert.equal(res.body.status, 'received');
    const next = await submitReport(t);
    assert.equal(Number(next.reference.slice(-6)), Number(res.body.reference.slice(-6)) + 1);
  });

  it('keeps the token only as a hash: the database file does not contain it', async () => {
    const { token } = await submitReport(t);
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = readdirSync(t.dataDir).filter((f) => f.startsWith('grannskap.sqlite'));
    for (const f of files) assert.ok(!readFileSync(`${t.dataDir}/${f}`).includes(token), `${f} holds the plaintext token`);
  });

  it('shows the case status with reference and token, without personal data', async () => {
    const { reference, token } = await submitReport(t, {
      contact: { anonymous: false, name: 'Kim Hemlig', phone: '070-123 45 67' },
      description: 'Någon bankar på dörrarna i trapphuset.',
    });
    const res = await call(t, getCase, { params: { reference }, query: { token } });
    assert.equal(res.status, 200);
    assert.equal(res.body.type, 'report');
    assert.equal(res.body.status, 'received');
    assert.equal(res.body.history.length, 1);
    assert.ok(!res.text.includes('Kim Hemlig') && !res.text.includes('070-123') && !res.text.includes('bankar'));
  });

  it('gives the same 404 body for a wrong token, an unknown reference and a malformed token', async () => {
    const { reference, token } = await submitReport(t);
    const wrongToken = await call(t, getCase, { params: { reference }, query: { token: `${token.slice(0, -4)}AAAA` } });
    const unknownRef = await call(t, getCase, { params: { reference: 'R-2026-999999' }, query: { token } });
    const malformed = await call(t, getCase, { params: { reference }, query: { token: 'short' } });
    const badRef = await call(t, getCase, { params: { reference: 'nonsense' }, query: { token } });
    const noToken = await call(t, getCase, { params: { reference } });
    const trivselpeng = await call(t, getCase, { params: { reference: 'T-2026-000001' }, query: { token } });
    for (const r of [wrongToken, unknownRef, malformed, badRef, noToken, trivselpeng]) {
      assert.equal(r.status, 404);
      assert.equal(r.text, wrongToken.text);
    }
  });

  it('lets staff list reports newest first with cursor pages, filter them and change status with history', async () => {
    for (let i = 0; i < 3; i++) await submitReport(t);
    const page1 = await call(t, adminListReports, { admin: t.admin, query: { limit: 2 } });
    assert.equal(page1.status, 200);
    assert.equal(page1.body.items.length, 2);
    assert.ok(page1.body.nextCursor);
    const page2 = await call(t, adminListReports, { admin: t.admin, query: { limit: 2, cursor: page1.body.nextCursor } });
    const refs = [...page1.body.items, ...page2.body.items].map((r: { reference: string }) => r.reference);
    assert.deepEqual(refs, [...refs].sort().reverse(), 'newest first, no overlap');
    assert.equal(new Set(refs).size, refs.length);
    const badCursor = await call(t, adminListReports, { admin: t.admin, query: { cursor: 'garbage' } });
    assert.equal(badCursor.status, 400);

    const { reference, token } = await submitReport(t);
    const changed = await call(t, adminSetReportStatus, {
      admin: t.admin, params: { reference }, body: { status: 'in_progress', note: 'Intern: ring hyresgästen', message: 'Vi har tagit emot ärendet.' },
    });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.status, 'in_progress');
    const inProgress = await call(t, adminListReports, { admin: t.admin, query: { status: 'in_progress' } });
    assert.ok(inProgress.body.items.every((r: { status: string }) => r.status === 'in_progress'));
    assert.ok(inProgress.body.items.some((r: { reference: string }) => r.reference === reference));
    const one = await call(t, adminGetReport, { admin: t.admin, params: { reference } });
    assert.equal(one.body.status, 'in_progress');
    const status = await call(t, getCase, { params: { reference }, query: { token } });
    assert.equal(status.body.status, 'in_progress');
    assert.deepEqual(status.body.history.map((h: { status: string }) => h.status), ['received', 'in_progress']);
    assert.equal(status.body.history[1].message, 'Vi har tagit emot ärendet.');
    assert.ok(!status.text.includes('Intern'), 'internal notes stay internal');
    const missing = await call(t, adminGetReport, { admin: t.admin, params: { reference: 'R-2000-000001' } });
    assert.equal(missing.status, 404);
  });

  it('rejects unknown category, area, address and attachment ids with 422 at those fields', async () => {
    const res = await call(t, createReport, {
      body: await reportBody(t, { category: 'no_such_cat', area: 'no-such-area', addressId: 'no-such-address', attachments: ['nope'] }),
    });
    assert.equal(res.status, 422);
    const paths = issuePaths(res.body);
    for (const p of ['category:unknown', 'area:unknown', 'addressId:unknown', 'attachments.0:unknown']) assert.ok(paths.includes(p), `${p} in ${paths}`);
  });

  it('checks the category\'s required extra fields in answers', async () => {
    const { categories } = await catalogue(t);
    const withRequired = categories.find((c) => c.fields.some((f) => f.required));
    assert.ok(withRequired, 'the demo has a category with a required field');
    const field = withRequired.fields.find((f) => f.required)!;
    const res = await call(t, createReport, { body: await reportBody(t, { category: withRequired.code, answers: {} }) });
    assert.equal(res.status, 422);
    assert.ok(issuePaths(res.body).includes(`answers.${field.code}:required`));
    const extra = await call(t, createReport, { body: await reportBody(t, { category: withRequired.code, answers: { made_up: 'x' } }) });
    assert.ok(issuePaths(extra.body).includes('answers.made_up:unknown'));
  });

  it('maps schema failures to field issues: unknown keys, custom refinements, bounds', async () => {
    const body = { ...(await reportBody(t)), sneaky: 1, place: undefined, description: 'x'.repeat(5000) } as Record<string, unknown>;
    const res = await call(t, createReport, { body });
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'validation_failed');
    const paths = issuePaths(res.body);
    assert.ok(paths.includes('sneaky:unrecognized_keys'), paths.join());
    const tooBig = res.body.issues.find((i: { path: string[] }) => i.path[0] === 'description');
    assert.equal(tooBig.code, 'too_big');
    assert.equal(tooBig.maximum, 4000);
    const noPlace = await call(t, createReport, { body: { ...(await reportBody(t)), place: undefined } });
    assert.ok(issuePaths(noPlace.body).includes('addressId:address_or_place'));
    const named = await call(t, createReport, { body: await reportBody(t, { contact: { anonymous: false, name: 'Kim' } as never }) });
    assert.ok(issuePaths(named.body).includes('contact.phone:phone_or_email'), issuePaths(named.body).join());
    const future = await call(t, createReport, { body: await reportBody(t, { occurredAt: '2027-01-01T10:00:00+01:00' }) });
    assert.ok(issuePaths(future.body).includes('occurredAt:in_future'));
  });

  it('answers malformed JSON with 400, wrong content type with 415 and an oversized body with 413', async () => {
    const malformed = await call(t, createReport, { raw: '{"category": ', contentType: 'application/json' });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.code, 'malformed_json');
    const empty = await call(t, createReport, { raw: '', contentType: 'application/json' });
    assert.equal(empty.status, 400);
    const text = await call(t, createReport, { raw: 'hello', contentType: 'text/plain' });
    assert.equal(text.status, 415);
    const xml = await call(t, createReport, { raw: '<a/>', contentType: 'application/xml' });
    assert.equal(xml.status, 415);
    const huge = await call(t, createReport, { raw: JSON.stringify({ description: 'x'.repeat(200_000) }), contentType: 'application/json' });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.code, 'payload_too_large');
  });

  it('removes prototype-pollution keys and survives deep nesting', async () => {
    const polluted = await call(t, createReport, {
      raw: JSON.stringify(await reportBody(t)).replace(/^\{/, '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},'),
      contentType: 'application/json',
    });
    assert.equal(polluted.status, 201);
    assert.equal(({} as Record<string, unknown>).admin, undefined);
    const deep = await call(t, createReport, { raw: `${'['.repeat(20000)}${']'.repeat(20000)}`, contentType: 'application/json' });
    assert.ok(deep.status === 400 || deep.status === 422, String(deep.status));
  });

  it('requires an Idempotency-Key of the right shape', async () => {
    const none = await call(t, createReport, { body: await reportBody(t), key: null });
    assert.equal(none.status, 400);
    assert.equal(none.body.code, 'idempotency_key_required');
    const short = await call(t, createReport, { body: await reportBody(t), key: 'abc' });
    assert.equal(short.status, 400);
    const spaces = await call(t, createReport, { body: await reportBody(t), key: 'has spaces in it' });
    assert.equal(spaces.status, 400);
  });

  it('replays the first answer for the same key and body, and refuses the key with another body', async () => {
    const key = freshKey();
    const body = await reportBody(t);
    const first = await call(t, createReport, { body, key });
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    assert.notEqual(JSON.stringify(reordered), JSON.stringify(body));
    const again = await call(t, createReport, { body: reordered, key });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.text, first.text);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const other = await call(t, createReport, { body: { ...body, description: 'Något helt annat.' }, key });
    assert.equal(other.status, 422);
    assert.equal(other.body.code, 'idempotency_key_reused');
  });

  it('leaves exactly one report for 20 concurrent identical requests', async () => {
    const key = freshKey();
    const body = await reportBody(t, { description: `Samtidig anmälan ${key}` });
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(t, createReport, { body, key })));
    assert.ok(answers.every((a) => a.status === 201), answers.map((a) => a.status).join());
    assert.equal(new Set(answers.map((a) => a.text)).size, 1);
    const all = await call(t, adminListReports, { admin: t.admin, query: { limit: 200 } });
    const matching = all.body.items.filter((r: { description: string }) => r.description === body.description);
    assert.equal(matching.length, 1);
  });
});
