import type { FastifyRequest } from 'fastify';
import type { Store } from '../storage/store.js';
import { newToken, sha256 } from '../domain/tokens.js';
import { ProblemError } from './problem.js';

const unauthorized = () =>
  new ProblemError(401, 'unauthorized', 'A valid staff token is needed: Authorization: Bearer <token>.', undefined, { 'www-authenticate': 'Bearer' });

/** The label of the staff token in `Authorization: Bearer …`, or a 401. Tokens are stored as SHA-256 hashes. */
export const authenticate = async (request: FastifyRequest, store: Store): Promise<string> => {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]{22,128})$/.exec(header.trim()) : null;
  if (!match?.[1]) throw unauthorized();
  const found = await store.findAdminToken(sha256(match[1]));
  if (!found) throw unauthorized();
  return found.label;
};

/** Creates a staff token; only its hash is kept, the plaintext is shown once. */
export const createAdminToken = async (store: Store, label: string, at: Date): Promise<string> => {
  const token = newToken();
  await store.addAdminToken(sha256(token), label, at.toISOString());
  return token;
};
