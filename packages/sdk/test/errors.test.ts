import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import {
  ContractError, GrannskapError, HttpError, NetworkError, RateLimitError, TimeoutError, ValidationError,
  isContractError, isGrannskapError, isHttpError, isNetworkError, isRateLimitError, isTimeoutError, isValidationError,
} from '@grannskap/sdk';

const init = { status: 422, operation: 'createReport', method: 'POST', url: 'http://x/v1/reports' };

test('each error class has its name, code and place in the hierarchy', () => {
  const validation = new ValidationError({ ...init, issues: [{ path: ['description'], code: 'too_small', message: 'Required' }] });
  assert.equal(validation.name, 'ValidationError');
  assert.equal(validation.code, 'validation_failed');
  assert.ok(validation instanceof HttpError && validation instanceof GrannskapError && validation instanceof Error);
  assert.match(validation.message, /description/);
  const limited = new RateLimitError({ ...init, status: 429, retryAfter: 3 });
  assert.equal(limited.code, 'rate_limited');
  assert.equal(limited.retryAfter, 3);
  assert.equal(new NetworkError('getConfig', new TypeError('fetch failed')).code, 'network_error');
  assert.equal(new TimeoutError('getConfig', 50).code, 'timeout');
  const drift = new ContractError('getConfig', 200, [{ path: ['limits', 'photos', 'maxCount'], code: 'invalid_type', message: 'Expected number' }]);
  assert.equal(drift.path, 'limits.photos.maxCount');
  assert.match(drift.message, /getConfig.*limits\.photos\.maxCount/);
  const http = new HttpError({ ...init, status: 404, problem: { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' } });
  assert.equal(http.code, 'not_found');
});

test('guards accept the matching classes and their subclasses only', () => {
  const validation = new ValidationError({ ...init, issues: [] });
  const limited = new RateLimitError({ ...init, status: 429 });
  const timeout = new TimeoutError('getConfig', 10);
  assert.ok(isHttpError(validation) && isHttpError(limited) && isHttpError(new HttpError(init)));
  assert.ok(isValidationError(validation) && !isValidationError(limited));
  assert.ok(isRateLimitError(limited) && !isRateLimitError(validation));
  assert.ok(isTimeoutError(timeout) && !isNetworkError(timeout) && !isHttpError(timeout));
  assert.ok(isNetworkError(new NetworkError('x', 'y')));
  assert.ok(isContractError(new ContractError('x', 200, [])));
  for (const e of [validation, limited, timeout, new GrannskapError('m', 'c')]) assert.ok(isGrannskapError(e));
  for (const other of [new Error('x'), new TypeError('x'), null, undefined, 'ValidationError', { name: 'ValidationError' }]) {
    assert.equal(isGrannskapError(other), false);
    assert.equal(isValidationError(other), false);
  }
});

test('guards work across realms and ignore platform errors that share a name', () => {
  // Made in another realm: `instanceof` fails there, the name-based guards must not.
  const foreign = runInNewContext(`
    const e = new Error('rejected');
    e.name = 'ValidationError'; e.code = 'validation_failed'; e.status = 422; e.issues = [];
    const t = new Error('slow'); t.name = 'TimeoutError'; t.code = 'timeout';
    ({ e, t })`) as { e: unknown; t: unknown };
  assert.equal(foreign.e instanceof Error, false, 'the vm error really is from another realm');
  assert.ok(isValidationError(foreign.e) && isHttpError(foreign.e) && isGrannskapError(foreign.e));
  assert.ok(isTimeoutError(foreign.t));
  // AbortSignal.timeout() rejects with a DOMException named TimeoutError: not an SDK error.
  const dom = new DOMException('The operation timed out.', 'TimeoutError');
  assert.equal(dom.name, 'TimeoutError');
  assert.equal(isTimeoutError(dom), false);
  assert.equal(isGrannskapError(dom), false);
});
