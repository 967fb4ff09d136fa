// Which language a Grannskap element shows, and its writing direction.
//
// An element's language is its own `lang` attribute, else the nearest ancestor's (looking out through
// shadow roots), else the document's, else Swedish. Changes to any of those `lang` attributes while
// the page is open are seen (a MutationObserver on the element and its ancestors) and re-render.
//
// There is ONE active locale per page (./localization.ts), so every Grannskap element on a page
// shows the same language. When elements resolve to different languages, the page shows the language
// of the element with the strongest claim: a `lang` on the element itself beats one inherited from an
// ancestor, which beats the document's; between equal claims the most recent change (or the element
// connected last) wins. Pages that need two languages side by side must use two frames.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GrannskapErrorEvent } from '../events/error-event.js';
import { WidgetError } from './errors.js';
import { dirOf, getLocale, resolveLocale, setLocale } from './localization.js';
import type { Locale } from './localization.js';

/** Where an element's language came from. */
export type LangSource = 'own' | 'ancestor' | 'document';

/** An element's language as the rules above give it. */
export interface ResolvedLang {
  /** The `lang` value that decided it ('' when none was found). */
  readonly lang: string;
  /** The supported locale it stands for (Swedish for an unsupported value). */
  readonly locale: Locale;
  readonly source: LangSource;
}

/** The element's parent, or the host of the shadow root it sits in. */
const parentAcrossShadow = (node: Element): Element | null => {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};

/** The language for `el`: its own `lang`, the nearest ancestor's (through shadow roots), the document's, Swedish. */
export function resolveElementLang(el: Element): ResolvedLang {
  const top = el.ownerDocument.documentElement;
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return { lang, locale: resolveLocale(lang), source: node === el ? 'own' : node === top ? 'document' : 'ancestor' };
  }
  // not connected, or nothing on the way up: the document's language still applies
  const lang = top.getAttribute('lang')?.trim() ?? '';
  return { lang, locale: resolveLocale(lang), source: 'document' };
}

interface Claim {
  readonly locale: Locale;
  readonly rank: number;
  readonly stamp: number;
  readonly fail: (error: unknown) => void;
}

const RANK: Record<LangSource, number> = { document: 0, ancestor: 1, own: 2 };
const claims = new Map<LangController, Claim>();
let clock = 0;

/** Sets the page's locale to the strongest claim (see the top of this module). */
function decide(): void {
  let winner: Claim | undefined;
  for (const claim of claims.values()) {
    if (!winner || claim.rank > winner.rank || (claim.rank === winner.rank && claim.stamp > winner.stamp)) winner = claim;
  }
  if (winner) setLocale(winner.locale).catch(winner.fail);
}

export interface LangOptions {
  /** Set `dir` on the host to match the language shown (not for elements that wrap the page's own content). */
  readonly dir: boolean;
}

/** Writes a `lang` property to the attribute; an empty value removes it (`lang=""` means "unknown language"). */
export function writeLang(el: Element, value: string): void {
  if (value) el.setAttribute('lang', value);
  else el.removeAttribute('lang');
}

/**
 * Follows the `lang` of a host, its ancestors and the document, asks for that language for the page, and
 * keeps the host's `dir` in step with the language shown (`rtl` for Arabic, `ltr` otherwise) — unless the
 * page gave the host a `dir` of its own, which is left alone. The host re-renders on a language change
 * through `updateWhenLocaleChanges` (./localization.ts). A catalogue that cannot be loaded becomes a
 * `grannskap-error` event (code `locale`) on the host.
 */
export class LangController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: LangOptions;
  private readonly observer = new MutationObserver(() => this.resolve());
  private readonly fail = (error: unknown): void => {
    const cause = new WidgetError('locale', `Could not load the catalogue for ${this.lang.locale}`, { cause: error });
    this.host.dispatchEvent(GrannskapErrorEvent.from(this.host.localName, cause));
  };
  private resolved: ResolvedLang | undefined;
  /** The `dir` this controller wrote last; any other value on the host was set by the page. */
  private ownDir: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LangOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The language this element asks for (the page may show another one, see the module's notes). */
  get lang(): ResolvedLang {
    return this.resolved ?? resolveElementLang(this.host);
  }

  hostConnected(): void {
    for (let node: Element | null = this.host; node; node = parentAcrossShadow(node)) {
      this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
    this.resolved = undefined;
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    claims.delete(this);
    this.resolved = undefined;
    if (claims.size > 0) decide();
  }

  hostUpdate(): void {
    if (!this.options.dir) return;
    const current = this.host.getAttribute('dir');
    if (current !== null && current !== this.ownDir) return;
    const dir = dirOf(getLocale());
    if (current !== dir) this.host.setAttribute('dir', dir);
    this.ownDir = dir;
  }

  /** Works the language out again; when it changed, claims it for the page. */
  private resolve(): void {
    if (!this.host.isConnected) return;
    const next = resolveElementLang(this.host);
    const before = this.resolved;
    if (before && before.locale === next.locale && before.source === next.source && before.lang === next.lang) return;
    this.resolved = next;
    claims.set(this, { locale: next.locale, rank: RANK[next.source], stamp: ++clock, fail: this.fail });
    decide();
    this.host.requestUpdate();
  }
}
