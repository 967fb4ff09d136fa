import type { HandlerMap } from '../http/context.js';
import { notFound } from '../http/problem.js';
import { localToday } from '../domain/dates.js';
import { tokenMatches } from '../domain/tokens.js';
import { reportCase, trivselpengCase } from './trivselpeng-view.js';

// One message for every miss, so a lookup reveals nothing about which part was wrong.
export const NO_CASE = 'No case matches this reference and token.';

export const caseHandlers: HandlerMap = {
  getCase: {
    hideInvalid: NO_CASE,
    handle: async ({ deps, params, query }) => {
      const reference = (params as { reference: string }).reference;
      const token = (query as { token: string }).token;
      if (reference.startsWith('R-')) {
        const report = await deps.store.getReport(reference);
        if (!tokenMatches(token, report?.tokenHash) || !report) throw notFound(NO_CASE);
        return { body: await reportCase(deps.store, report) };
      }
      const application = await deps.store.getTrivselpeng(reference);
      if (!tokenMatches(token, application?.tokenHash) || !application) throw notFound(NO_CASE);
      const config = await deps.config();
      return { body: await trivselpengCase(deps.store, application, localToday(deps.now(), config.timeZone)) };
    },
  },
};
