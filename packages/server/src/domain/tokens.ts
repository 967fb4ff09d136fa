import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A private token: 32 random bytes (256 bits), base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** A random opaque id for records and files. */
export const newId = (bytes = 12): string => randomBytes(bytes).toString('base64url');

export const sha256 = (value: string | Buffer): string => createHash('sha256').update(value).digest('hex');

// Compared against when there is no record, so a miss costs the same as a wrong token.
const DUMMY_HASH = sha256('grannskap-no-such-record');

/** Constant-time check of a plaintext token against a stored SHA-256 hash (or none). */
export const tokenMatches = (token: string, storedHash: string | undefined): boolean => {
  const given = Buffer.from(sha256(token), 'hex');
  const expected = Buffer.from(storedHash ?? DUMMY_HASH, 'hex');
  return expected.length === given.length && timingSafeEqual(given, expected) && storedHash !== undefined;
};
