import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildOpenApi } from '@grannskap/contract/openapi';

/** `GET /openapi.json`: the contract's document, built once, with an ETag. */
export const registerOpenApi = (app: FastifyInstance, version: string) => {
  const body = JSON.stringify(buildOpenApi(version));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  app.get('/openapi.json', (request, reply) => {
    reply.header('etag', etag).header('cache-control', 'public, max-age=300').type('application/json; charset=utf-8');
    if (request.headers['if-none-match']?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return reply.code(304).send();
    return reply.send(body);
  });
};
