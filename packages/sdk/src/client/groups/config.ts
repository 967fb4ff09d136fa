import { getConfig, type Config } from '@grannskap/contract';
import { call } from '../call.js';
import type { CallOptions, Transport } from '../transport.js';

export interface ConfigGroup {
  /** Organisation, phones, hours, limits, privacy notice and school holidays. */
  get(options?: CallOptions): Promise<Config>;
}

export const configGroup = (t: Transport): ConfigGroup => ({
  get: (options) => call(t, getConfig, {}, options),
});
