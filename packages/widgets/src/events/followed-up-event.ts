/** What a `grannskap-followed-up` event carries: the application's reference, no personal data. */
export interface GrannskapFollowedUpDetail {
  readonly reference: string;
}

/** Fired once when the follow-up of a trivselpeng activity has been stored by the server. Bubbles and crosses shadow roots. */
export class GrannskapFollowedUpEvent extends CustomEvent<GrannskapFollowedUpDetail> {
  static readonly eventName = 'grannskap-followed-up' as const;

  constructor(detail: GrannskapFollowedUpDetail) {
    super(GrannskapFollowedUpEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grannskap-followed-up': GrannskapFollowedUpEvent;
  }
}
