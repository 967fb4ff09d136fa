// "Prenumerera" (the API's feed for the current filter, as https and as webcal:// so a click opens the
// calendar app's subscribe dialog). One activity's "Lägg till i min kalender" is in ./add-to-calendar.ts.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '../shared/msg.js';
import type { FeedQuery } from '@grannskap/contract';
import type { GrannskapClient } from '../shared/context.js';
import type { Filter } from './data.js';
import { filterQuery } from './data.js';

/** The feed for the calendar's filter: `https` to copy, `webcal` to open the calendar app's subscribe dialog. */
export interface FeedLink {
  https: string;
  webcal: string;
}

export function feedLink(client: GrannskapClient, filter: Filter, lang: string): FeedLink {
  const query: FeedQuery = { ...filterQuery(filter), lang: lang as FeedQuery['lang'] };
  return { https: client.activities.feedUrl(query), webcal: client.activities.feedUrl(query, { webcal: true }) };
}

export function renderSubscribe(link: FeedLink): TemplateResult {
  return html`<details class="subscribe" part="subscribe">
    <summary>${msg('Prenumerera på kalendern', { id: 'activityCalendar.subscribe.summary' })}</summary>
    <p>${msg('Nya och ändrade aktiviteter med de val du har gjort kommer in i din kalender av sig själva.', { id: 'activityCalendar.subscribe.intro' })}</p>
    <p><a href=${link.webcal} part="webcal">${msg('Öppna i kalenderappen', { id: 'activityCalendar.subscribe.webcal' })}</a></p>
    <p>
      <span class="hint">${msg('eller kopiera adressen:', { id: 'activityCalendar.subscribe.copy' })}</span>
      <a href=${link.https} part="feed" class="feed-url">${link.https}</a>
    </p>
  </details>`;
}
