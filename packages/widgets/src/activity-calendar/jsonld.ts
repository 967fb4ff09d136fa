// schema.org Event data for the visible activities, in the LIGHT DOM where search engines read it.
//
// Under Trusted Types (`require-trusted-types-for 'script'`) Chromium treats EVERY <script> as a sink,
// whatever its type: setting `textContent`/`text` of a script element throws, and appending a text node
// to one is reported as a violation when it is inserted, even for application/ld+json. The compliant
// way is to let the HTML parser make the element from trusted HTML: the JSON goes into the strings of a
// Lit template (`unsafeStatic`), which Lit parses through its own `lit-html` policy, so no script
// element is ever modified by hand. The JSON is escaped so it cannot end the script early (`<` as
// \u003c, plus U+2028/U+2029), and it comes from JSON.stringify, never from markup.
import { render } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { pickText } from '@grannskap/contract';
import type { Entry } from './data.js';
import { isForChildren } from './data.js';
import { isWebUrl } from '../shared/web-url.js';
import { activityLink } from './links.js';

/** At most this many events are described; search engines read the first ones and a busy month stays cheap. */
export const MAX_EVENTS = 100;

export interface JsonLdOptions {
  locale: string;
  /** The organisation's name, as the events' fallback organiser. */
  organisation: string;
  /** This page's address: each event's url is the link on it that opens the event (./links.ts). */
  url: string;
}

/** One schema.org Event (ChildrensEvent for children's activities) per occurrence. */
export function eventsOf(entries: readonly Entry[], o: JsonLdOptions): Array<Record<string, unknown>> {
  return entries.slice(0, MAX_EVENTS).map(({ activity: a, occurrence, id }) => ({
    '@type': isForChildren(a) ? 'ChildrensEvent' : 'Event',
    name: pickText(a.title, o.locale).text,
    description: pickText(a.description, o.locale).text,
    startDate: occurrence.start,
    endDate: occurrence.end,
    eventStatus: occurrence.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: a.place.name,
      ...(a.place.address ? { address: a.place.address } : { address: a.place.name }),
    },
    organizer: { '@type': 'Organization', name: a.organiser.name || o.organisation, ...(a.organiser.url && isWebUrl(a.organiser.url) ? { url: a.organiser.url } : {}) },
    inLanguage: a.languages,
    ...(a.ageMin != null || a.ageMax != null ? { typicalAgeRange: `${a.ageMin ?? 0}-${a.ageMax ?? ''}` } : {}),
    url: activityLink(id, o.url),
  }));
}

/** JSON that is safe as the text of an inline <script>. */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * Keeps one `<script type="application/ld+json">` (an ItemList-free @graph) in a light-DOM container
 * child of `host`; replaces it when the visible events change, removes it when there are none.
 */
export class JsonLd {
  private container: HTMLElement | undefined;
  private last = '';
  private lastKey = '';

  constructor(private readonly host: HTMLElement) {}

  /** `key` names what `entries` are (view, month, filter, page): the same key skips the work on every other render. */
  update(key: string, visible: () => readonly Entry[], o: JsonLdOptions): void {
    if (key === this.lastKey && this.container?.parentNode === this.host) return;
    this.lastKey = key;
    const entries = visible();
    const json = entries.length ? scriptSafeJson({ '@context': 'https://schema.org', '@graph': eventsOf(entries, o) }) : '';
    if (json === this.last && this.container?.parentNode === this.host) return;
    this.last = json;
    if (!this.container || this.container.parentNode !== this.host) {
      this.container = document.createElement('div');
      this.container.dataset['grannskapJsonld'] = '';
      this.container.hidden = true;
      this.host.append(this.container);
    }
    render(json ? staticHtml`<script type="application/ld+json">${unsafeStatic(json)}</script>` : '', this.container);
  }

  remove(): void {
    this.container?.remove();
    this.container = undefined;
    this.last = '';
    this.lastKey = '';
  }
}
