// Links the server puts into mails, signed with a key every process shares: a photo link that works without a
// sign-in until it expires (so the jour's mail never carries the photo), and a tenant's unsubscribe link.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from '../storage/store.js';

const mac = (key: string, text: string) => createHmac('sha256', key).update(text).digest('base64url');
const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The shared link key, made by whichever process needs it first. */
export const linkKey = (store: Store, now: Date): Promise<string> => store.serverSecret('links', () => randomBytes(32).toString('base64url'), now.toISOString());

export const photoLink = (key: string, baseUrl: string, id: string, expires: Date): string => {
  const at = Math.floor(expires.getTime() / 1000);
  return `${baseUrl}/v1/photo-links/${encodeURIComponent(id)}?expires=${at}&signature=${mac(key, `photo\n${id}\n${at}`)}`;
};

export const photoLinkValid = (key: string, id: string, expires: number, signature: string, now: Date): boolean =>
  expires * 1000 > now.getTime() && same(signature, mac(key, `photo\n${id}\n${expires}`));

/** `<record>~<signature over record and address>`: unsubscribes that address from that case's mails. */
export const unsubscribeToken = (key: string, record: string, email: string): string => `${record}~${mac(key, `unsubscribe\n${record}\n${email.toLowerCase()}`)}`;

/** The record a token names, when its signature matches the address the record holds. */
export const unsubscribeRecord = (token: string): string | null => {
  const at = token.lastIndexOf('~');
  return at > 0 ? token.slice(0, at) : null;
};

export const unsubscribeValid = (key: string, token: string, email: string): boolean => {
  const record = unsubscribeRecord(token);
  return record !== null && same(token, unsubscribeToken(key, record, email));
};
