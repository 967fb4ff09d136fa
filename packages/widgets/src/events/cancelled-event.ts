/** What a `grannskap-cancelled` event carries. */
export interface GrannskapCancelledDetail {
  readonly registrationId: string;
  readonly activityId: string;
  /** The occurrence's wall-clock start (`Occurrence.key`). */
  readonly occurrence: string;
}

/** Fired when a registration has been cancelled through its private link; its places went to the waitlist. */
export class GrannskapCancelledEvent extends CustomEvent<GrannskapCancelledDetail> {
  static readonly eventName = 'grannskap-cancelled' as const;

  constructor(detail: GrannskapCancelledDetail) {
    super(GrannskapCancelledEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grannskap-cancelled': GrannskapCancelledEvent;
  }
}
