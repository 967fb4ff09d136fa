import { Problem, PROBLEM_CONTENT_TYPE, type Route } from '@grannskap/contract';
import { HttpError } from '../errors/http-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { parseRetryAfter } from './retry.js';

/** The typed error for a non-2xx response, and the wait its `Retry-After` asks for. */
export const errorFromResponse = async (route: Route, response: Response): Promise<{ error: HttpError; retryAfterMs: number | undefined }> => {
  const type = response.headers.get('content-type') ?? '';
  let problem: Problem | undefined;
  if (type.includes(PROBLEM_CONTENT_TYPE) || type.includes('application/json')) {
    try {
      const parsed = Problem.safeParse(JSON.parse(await response.text()));
      // A body that is not a problem document still gives a usable HttpError, just without `problem`.
      if (parsed.success) problem = parsed.data;
    } catch {
      problem = undefined;
    }
  } else {
    await response.body?.cancel().catch(() => undefined);
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after')) ?? (problem?.retryAfter !== undefined ? problem.retryAfter * 1000 : undefined);
  const init = { status: response.status, operation: route.operationId, method: route.method, url: response.url, problem };
  if (response.status === 429) {
    return { error: new RateLimitError({ ...init, retryAfter: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000) }), retryAfterMs };
  }
  if ((response.status === 400 || response.status === 422) && problem?.issues?.length) {
    return { error: new ValidationError({ ...init, issues: problem.issues }), retryAfterMs };
  }
  return { error: new HttpError(init), retryAfterMs };
};
