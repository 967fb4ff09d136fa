import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@grannskap/contract';
import { ProblemError, problemBody } from './problem.js';
import { isStorageUnavailable, UNAVAILABLE_RETRY_AFTER_S } from '../storage/unavailable.js';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'malformed_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 406: 'unsupported_media_type',
  408: 'request_timeout', 411: 'length_required', 413: 'payload_too_large', 414: 'uri_too_long', 415: 'unsupported_media_type', 429: 'rate_limited',
};

const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed_json', 'The body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed_json', 'The body is empty; send a JSON document.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'The body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'This content type is not accepted here.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'malformed_request', 'Content-Length does not match the body.'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'unsupported_media_type', 'Missing or malformed Content-Type.'],
  FST_ERR_BAD_URL: [400, 'malformed_request', 'The URL is malformed.'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'malformed_request', 'The request could not be routed.'],
  FST_REQ_FILE_TOO_LARGE: [413, 'payload_too_large', 'The file is larger than allowed.'],
  FST_PARTS_LIMIT: [413, 'payload_too_large', 'Send exactly one part, "file".'],
  FST_FILES_LIMIT: [413, 'payload_too_large', 'Send exactly one file.'],
  FST_FIELDS_LIMIT: [413, 'payload_too_large', 'Send only the "file" part.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'unsupported_media_type', 'Send multipart/form-data.'],
};

export const sendProblem = (reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}) => {
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply.code(problem.status).header('cache-control', 'no-store').type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
};

const instanceOf = (request: FastifyRequest) => (request.url ?? '').split('?')[0]?.slice(0, 300) ?? '';

/** Any error as a problem document; nothing a client sends can become a 500. */
export const toProblem = (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
  const instance = instanceOf(request);
  if (error instanceof ProblemError) {
    // A 404 names no path, so a wrong reference and a wrong token give byte-identical answers.
    if (error.status === 404) return sendProblem(reply, problemBody(404, error.code, { detail: error.message }));
    return sendProblem(
      reply,
      problemBody(error.status, error.code, { detail: error.message, instance, ...(error.issues ? { issues: error.issues } : {}) }),
      error.headers,
    );
  }
  const e = (error ?? {}) as Partial<FastifyError> & { retryAfter?: number };
  const mapped = e.code ? FASTIFY_CODES[e.code] : undefined;
  if (mapped) return sendProblem(reply, problemBody(mapped[0], mapped[1], { detail: mapped[2], instance }));
  if (e.statusCode === 429) {
    const header = Number(reply.getHeader('retry-after'));
    const retryAfter = Number.isFinite(header) && header > 0 ? header : 1;
    return sendProblem(reply, problemBody(429, 'rate_limited', { detail: `Too many requests; try again in ${retryAfter} s.`, instance, retryAfter }), {
      'retry-after': String(retryAfter),
    });
  }
  // A parse failure that reached us without a fastify code (e.g. from busboy) is the client's doing.
  if (error instanceof SyntaxError) return sendProblem(reply, problemBody(400, 'malformed_json', { detail: 'The body is not valid JSON.', instance }));
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    const status = e.statusCode === 406 ? 415 : e.statusCode;
    return sendProblem(reply, problemBody(status, CODE_BY_STATUS[status] ?? 'bad_request', { detail: e.message ?? 'Bad request.', instance }));
  }
  if (isStorageUnavailable(error)) {
    request.log.warn({ err: error }, 'the database is unreachable or busy; answered 503');
    return sendProblem(
      reply,
      problemBody(503, 'internal_error', { detail: `The database cannot be reached right now; try again in ${UNAVAILABLE_RETRY_AFTER_S} s.`, instance, retryAfter: UNAVAILABLE_RETRY_AFTER_S }),
      { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_S) },
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, problemBody(500, 'internal_error', { detail: 'Something went wrong on our side.', instance }));
};

export const installErrorHandling = (app: FastifyInstance) => {
  app.setErrorHandler((error, request, reply) => toProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problemBody(404, 'not_found', { detail: 'There is nothing at this address.' })),
  );
};
