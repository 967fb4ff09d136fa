import type { RegistrationStatus } from '@grannskap/contract';

/** What a `grannskap-registered` event carries: no personal data, only what a host page needs to react. */
export interface GrannskapRegisteredDetail {
  readonly registrationId: string;
  readonly activityId: string;
  /** The occurrence's wall-clock start (`Occurrence.key`). */
  readonly occurrence: string;
  /** `confirmed` when at least one participant has a place, `waitlisted` when all wait. */
  readonly status: RegistrationStatus;
  readonly participants: number;
  /** How many of the participants wait for a place (the last in the list); 0 when all have one. */
  readonly waitlistedParticipants: number;
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
