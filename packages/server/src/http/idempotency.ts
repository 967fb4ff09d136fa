import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

// Stored answers hold private tokens (status links, cancel links). They are kept encrypted
// with a key derived from the Idempotency-Key, which only the client knows, and the row is
// found by the key's hash: the database alone never yields a usable token.

const derive = (idempotencyKey: string) => Buffer.from(hkdfSync('sha256', idempotencyKey, 'grannskap-idempotency', 'response-body', 32));

/** The row id for an Idempotency-Key (its SHA-256, never the key itself). */
export const idempotencyRowKey = (idempotencyKey: string) => createHash('sha256').update(`idem:${idempotencyKey}`).digest('hex');

export const sealBody = (idempotencyKey: string, body: string): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(idempotencyKey), iv);
  const data = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
};

export const openBody = (idempotencyKey: string, sealed: string): string => {
  const [iv = '', tag = '', data = ''] = sealed.split('.');
  const decipher = createDecipheriv('aes-256-gcm', derive(idempotencyKey), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
};
