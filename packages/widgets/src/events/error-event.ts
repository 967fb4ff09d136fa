/** What a `grannskap-error` event carries. No personal data: a code, a message for logs, the source tag. */
export interface GrannskapErrorDetail {
  /** A stable machine code: the SDK error's `code` when there is one (`network`, `timeout`, …), else a widget code. */
  readonly code: string;
  /** A developer-facing message (English); widgets show their own localised text. */
  readonly message: string;
  /** The tag name of the element that failed. */
  readonly source: string;
  /** The original error, for logging. */
  readonly error: unknown;
}

/**
 * Fired by any Grannskap element when something it needs fails (the configuration cannot be loaded,
 * the element has no API address, a submission fails). Bubbles and crosses shadow roots.
 */
export class GrannskapErrorEvent extends CustomEvent<GrannskapErrorDetail> {
  static readonly eventName = 'grannskap-error' as const;

  constructor(detail: GrannskapErrorDetail) {
    super(GrannskapErrorEvent.eventName, { bubbles: true, composed: true, detail });
  }

  /** Builds the detail from anything thrown, keeping an SDK error's `code` and `message`. */
  static from(source: string, error: unknown, fallbackCode = 'unknown'): GrannskapErrorEvent {
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : fallbackCode;
    const message = error instanceof Error ? error.message : String(error);
    return new GrannskapErrorEvent({ code, message, source, error });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grannskap-error': GrannskapErrorEvent;
  }
}
