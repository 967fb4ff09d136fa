/** The calendar's state as a host page would put it in its URL. Empty strings mean "not chosen". */
export interface GrannskapChangeDetail {
  /** The month shown, `YYYY-MM`. */
  readonly month: string;
  readonly view: 'month' | 'list';
  readonly area: string;
  /** The category chosen, or empty for every category the calendar offers. */
  readonly category: string;
  /** The age filtered on, or null. */
  readonly age: number | null;
  /** What changed. */
  readonly reason: 'month' | 'view' | 'filter';
}

/** Fired when the visitor changes the month, the view or a filter, so a host page can keep its URL in step. */
export class GrannskapChangeEvent extends CustomEvent<GrannskapChangeDetail> {
  static readonly eventName = 'grannskap-change' as const;

  constructor(detail: GrannskapChangeDetail) {
    super(GrannskapChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grannskap-change': GrannskapChangeEvent;
  }
}
