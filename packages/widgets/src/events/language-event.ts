import type { Locale } from '../shared/localization.js';

/** What a `grannskap-language` event carries. */
export interface GrannskapLanguageDetail {
  /** The language chosen in the picker. */
  readonly lang: Locale;
}

/**
 * Fired when a visitor chooses a language in a language picker, before the widgets change. Bubbles and
 * crosses shadow roots. Cancelable: a page that handles languages itself (e.g. by going to its own page
 * in that language) calls `preventDefault()` and nothing changes; otherwise the picker's element gets
 * the new `lang`. A page may also set `document.documentElement.lang` or remember the choice.
 */
export class GrannskapLanguageEvent extends CustomEvent<GrannskapLanguageDetail> {
  static readonly eventName = 'grannskap-language' as const;

  constructor(detail: GrannskapLanguageDetail) {
    super(GrannskapLanguageEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'grannskap-language': GrannskapLanguageEvent;
  }
}
