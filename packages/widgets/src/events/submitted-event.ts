import type { ReportKind } from '@grannskap/contract';

/** What was submitted: a report's kind, or `trivselpeng` for an application. */
export type SubmittedKind = ReportKind | 'trivselpeng';

/** What a `grannskap-submitted` event carries: no personal data, only what a host page needs to react. */
export interface GrannskapSubmittedDetail {
  readonly reference: string;
  readonly kind: SubmittedKind;
}

/** Fired once when a report or an application has been stored by the server. Bubbles and crosses shadow roots. */
export class GrannskapSubmittedEvent extends CustomEvent<GrannskapSubmittedDetail> {
  static readonly eventName = 'grannskap-submitted' as const;

  constructor(detail: GrannskapSubmittedDetail) {
    super(GrannskapSubmittedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

/** What a `grannskap-queued` event carries: the outbox key, so a host page can match a later send. */
export interface GrannskapQueuedDetail {
  readonly key: string;
  readonly kind: SubmittedKind;
}

/** Fired when a report or an application could not be sent now and is kept in the outbox on the device. */
export class GrannskapQueuedEvent extends CustomEvent<GrannskapQueuedDetail> {
  static readonly eventName = 'grannskap-queued' as const;

  constructor(detail: GrannskapQueuedDetail) {
    super(GrannskapQueuedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grannskap-submitted': GrannskapSubmittedEvent;
    'grannskap-queued': GrannskapQueuedEvent;
  }
}
