// 112 first, always: the emergency guidance every tenant flow shows from its first render — while the
// configuration loads, when it failed, when the API cannot be reached — with built-in numbers that the
// configured ones replace when they arrive. The words are in every catalogue (`onCall.emergency`,
// `onCall.police`), so nothing here waits for the network.
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Config } from '@grannskap/contract';
import { msg } from './msg.js';
import { telHref } from './format.js';

/** Sweden's numbers: 112 for acute danger, 114 14 for the police when it is not urgent. */
export const DEFAULT_EMERGENCY: Config['emergency'] = { number: '112', police: '114 14' };

/** `-1` for a number link that is not in the tab order (see `NumbersInTabOrder`). */
export type NumberTabindex = '-1' | typeof nothing;

/** A number to call: a tel: link whose text is isolated (`<bdi>`) so it reads left to right inside Arabic too. */
export const phoneNumber = (phone: string, part?: string, tabindex: NumberTabindex = nothing): TemplateResult =>
  html`<a part=${ifDefined(part)} href=${telHref(phone)} tabindex=${tabindex}><bdi>${phone}</bdi></a>`;

/** The line with 112 and the police's number (part `emergency`): the configured numbers, else the built-in ones. */
export function renderEmergency(config?: Pick<Config, 'emergency'>, tabindex: NumberTabindex = nothing): TemplateResult {
  const { number, police } = config?.emergency ?? DEFAULT_EMERGENCY;
  return html`<p class="emergency" part="emergency">
    <span>${msg('Akut fara? Ring', { id: 'onCall.emergency' })} ${phoneNumber(number, undefined, tabindex)}</span>
    <span>${msg('Brott som inte är akut? Ring polisen på', { id: 'onCall.police' })} ${phoneNumber(police, undefined, tabindex)}</span>
  </p>`;
}

type NumbersHost = ReactiveControllerHost & Element;
const SHOWING = Symbol.for('grannskap.numbersShown');

/**
 * The widgets on the page that show the numbers to call (an on-call banner above a report form, a case
 * status): each would put the same links in the tab order, so a keyboard user tabbed through 112 twice.
 * Only the first such widget on the page keeps its number links in the tab order; the others' stay links
 * for touch, pointer and a screen reader's reading. Page-global (`Symbol.for`), so it also holds between
 * two per-widget files, each with its own copy of this module.
 */
export class NumbersInTabOrder implements ReactiveController {
  constructor(private readonly host: NumbersHost) {
    host.addController(this);
  }

  private static get showing(): Set<NumbersHost> {
    const scope = globalThis as { [SHOWING]?: Set<NumbersHost> };
    return (scope[SHOWING] ??= new Set());
  }

  hostConnected(): void {
    NumbersInTabOrder.showing.add(this.host);
    this.updateOthers();
  }

  hostDisconnected(): void {
    NumbersInTabOrder.showing.delete(this.host);
    this.updateOthers();
  }

  /** `tabindex` for this widget's number links: nothing for the first widget on the page, `-1` for the others. */
  get tabindex(): NumberTabindex {
    let first: NumbersHost | undefined;
    for (const h of NumbersInTabOrder.showing) if (!first || first.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_PRECEDING) first = h;
    return !first || first === this.host ? nothing : '-1';
  }

  private updateOthers(): void {
    for (const h of NumbersInTabOrder.showing) if (h !== this.host) h.requestUpdate();
  }
}

/** Styles of the emergency line, for every widget that shows it. */
// `bdi`: a number is one unit: never broken across lines, also inside right-to-left text
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
  bdi {
    white-space: nowrap;
  }
`;
