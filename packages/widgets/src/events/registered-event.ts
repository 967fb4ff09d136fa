import type { RegistrationStatus } from '@grannskap/contract';

/** What a `grannskap-registered` event carries: no personal data, only what a host page needs to react. */
export interface GrannskapRegisteredDetail {
  readonly registrationId: string;
  readonly activityId: string;
  /** The occurrence's wall-clock start (`Occurrence.key`). */
  readonly occurrence: string;
  /** `confirmed`, or `waitlisted` when the visitor joined the waitlist. */
  readonly status: RegistrationStatus;
  readonly participants: number;
}

/** Fired when a registration has been stored by the server. Bubbles and crosses shadow roots. */
export class GrannskapRegisteredEvent extends CustomEvent<GrannskapRegisteredDetail> {
  static readonly eventName = 'grannskap-registered' as const;

  constructor(detail: GrannskapRegisteredDetail) {
    super(GrannskapRegisteredEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grannskap-registered': GrannskapRegisteredEvent;
  }
}
