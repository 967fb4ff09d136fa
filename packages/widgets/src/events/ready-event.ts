import type { Config } from '@grannskap/contract';

export interface GrannskapReadyDetail {
  /** The organisation's configuration as the API sent it, parsed by the contract's schema. */
  readonly config: Config;
}

/**
 * Fired by `grannskap-provider` (and by a widget that stands alone) when the configuration has been
 * loaded: the host page may read names, phone numbers and languages from `detail.config`.
 */
export class GrannskapReadyEvent extends CustomEvent<GrannskapReadyDetail> {
  static readonly eventName = 'grannskap-ready' as const;

  constructor(detail: GrannskapReadyDetail) {
    super(GrannskapReadyEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grannskap-ready': GrannskapReadyEvent;
  }
}
