// 112 first, always: the emergency guidance every tenant flow shows from its first render — while the
// configuration loads, when it failed, when the API cannot be reached — with built-in numbers that the
// configured ones replace when they arrive. The words are in every catalogue (`onCall.emergency`,
// `onCall.police`), so nothing here waits for the network.
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Config } from '@grannskap/contract';
import { msg } from './msg.js';
import { telHref } from './format.js';

/** Sweden's numbers: 112 for acute danger, 114 14 for the police when it is not urgent. */
export const DEFAULT_EMERGENCY: Config['emergency'] = { number: '112', police: '114 14' };

/** A number to call: a tel: link whose text is isolated (`<bdi>`) so it reads left to right inside Arabic too. */
export const phoneNumber = (phone: string, part?: string): TemplateResult =>
  html`<a part=${ifDefined(part)} href=${telHref(phone)}><bdi>${phone}</bdi></a>`;

/** The line with 112 and the police's number (part `emergency`): the configured numbers, else the built-in ones. */
export function renderEmergency(config?: Pick<Config, 'emergency'>): TemplateResult {
  const { number, police } = config?.emergency ?? DEFAULT_EMERGENCY;
  return html`<p class="emergency" part="emergency">
    <span>${msg('Akut fara? Ring', { id: 'onCall.emergency' })} ${phoneNumber(number)}</span>
    <span>${msg('Brott som inte är akut? Ring polisen på', { id: 'onCall.police' })} ${phoneNumber(police)}</span>
  </p>`;
}

/** Styles of the emergency line, for every widget that shows it. */
export const emergencyStyles = css`
  .emergency {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
  }
  .emergency a {
    color: var(--_color-danger);
    font-weight: 700;
    white-space: nowrap;
    display: inline-block;
    min-block-size: 24px;
    padding-block: 2px;
  }
  /* a number is one unit: never broken across lines, also inside right-to-left text */
  bdi {
    white-space: nowrap;
  }
`;
