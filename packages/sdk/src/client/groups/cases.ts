import { getCase, type CaseStatus } from '@grannskap/contract';
import { call } from '../call.js';
import type { CallOptions, Transport } from '../transport.js';

export interface CasesGroup {
  /** A report's or an application's status, by reference and the private token from its receipt. */
  get(reference: string, token: string, options?: CallOptions): Promise<CaseStatus>;
}

export const casesGroup = (t: Transport): CasesGroup => ({
  get: (reference, token, options) => call(t, getCase, { params: { reference }, query: { token } }, options),
});
