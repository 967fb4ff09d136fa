import { createContext } from '@lit/context';
import type { Config } from '@grannskap/contract';
import type { createClient } from '@grannskap/sdk';

/** The SDK client a provider shares with the widgets inside it. */
export type GrannskapClient = ReturnType<typeof createClient>;

/** Where loading the organisation's configuration stands. */
export type ConfigState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly config: Config }
  | { readonly status: 'error'; readonly error: unknown };

/** Keys are global symbols so that two copies of the widgets on one page still find each other. */
export const clientContext = createContext<GrannskapClient | undefined>(Symbol.for('grannskap.client'));
export const configContext = createContext<ConfigState | undefined>(Symbol.for('grannskap.config'));
