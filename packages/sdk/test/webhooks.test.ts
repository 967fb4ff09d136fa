// verifyWebhook (@grannskap/sdk/webhooks): Standard Webhooks signatures, checked with the `standardwebhooks`
// package, and the body checked against the contract's events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { isGrannskapError, isWebhookError } from '@grannskap/sdk';
import { verifyWebhook } from '@grannskap/sdk/webhooks';

const secret = () => `whsec_${randomBytes(32).toString('base64')}`;
const body = JSON.stringify({
  type: 'registration.promoted',
  timestamp: '2026-12-24T22:00:00.000Z',
  data: { id: 'r1', activityId: 'a1', occurrence: '2026-12-27T10:00', promoted: 1, waitlistedParticipants: 1, at: '2026-12-24T22:00:00.000Z' },
});
const sign = (secrets: string[], id = 'msg_1', at = new Date()) => ({
  'webhook-id': id,
  'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
  'webhook-signature': secrets.map((s) => new Webhook(s).sign(id, at, body)).join(' '),
});

test('a receiver with the old and the new secret accepts a delivery signed by either, from fetch Headers too', () => {
  const [old, fresh] = [secret(), secret()];
  const byOld = verifyWebhook(body, sign([old]), [old, fresh]);
  assert.equal(byOld.id, 'msg_1');
  assert.equal(byOld.event.type, 'registration.promoted');
  const byNew = verifyWebhook(new TextEncoder().encode(body), new Headers(sign([fresh], 'msg_2')), [old, fresh]);
  assert.equal(byNew.id, 'msg_2');
});

test('a refused delivery is a WebhookError with a code, recognised by the guards', () => {
  const mine = secret();
  assert.throws(
    () => verifyWebhook(body, sign([secret()]), mine),
    (e: unknown) => isWebhookError(e) && isGrannskapError(e) && e.code === 'invalid_signature',
  );
  const notAnEvent = JSON.stringify({ type: 'registration.promoted', timestamp: 'igår', data: {} });
  const at = new Date();
  const headers = { 'webhook-id': 'msg_3', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(mine).sign('msg_3', at, notAnEvent) };
  assert.throws(() => verifyWebhook(notAnEvent, headers, mine), (e: unknown) => isWebhookError(e) && e.code === 'invalid_event' && /Grannskap event/.test(e.message));
  assert.throws(() => verifyWebhook(body, sign([mine]), []), /at least one signing secret.*README\.md#webhooks/);
});
