// Embedding the on-call information in another widget (the report form does):
//
//   import { OnCallController, renderOnCall } from '../on-call/on-call.js';
//   import { onCallStyles } from '../on-call/on-call.styles.js';
//   static styles = [GrannskapElement.styles, onCallStyles, ownStyles];
//   private readonly onCallClock = new OnCallController(this);        // re-renders the host at each boundary
//   render: ${config ? renderOnCall(config, this.onCallClock.status(config), this.onCallClock.at()) : nothing}
//
// The controller only schedules the host's next update; the markup (parts `banner`, `phone`, `emergency`)
// comes from `renderOnCall`, so the banner and the form can never show different answers. `telHref` and
// the Intl helpers are in ../shared/format.ts.
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '../shared/msg.js';
import { onCall, wallClock } from '@grannskap/contract';
import type { Config, OnCallStatus } from '@grannskap/contract';
import { GrannskapElement } from '../shared/grannskap-element.js';
import { intlLocale, withLocalClock } from '../shared/format.js';
import { NumbersInTabOrder, phoneNumber, renderEmergency } from '../shared/emergency.js';
import type { NumberTabindex } from '../shared/emergency.js';
import { getLocale } from '../shared/localization.js';
import { renderSwedish, renderText } from '../shared/text.js';
import { messages } from '../shared/messages.js';
import { onCallStyles } from './on-call.styles.js';

/** The longest a boundary timer waits: a sleeping laptop or a changed system clock is caught within this. */
export const MAX_TIMER_MS = 15 * 60_000;
/** Timers may fire a little early against Date.now(); landing just after the boundary avoids a second wake-up. */
const SLACK_MS = 50;

/** "16.00" in Swedish and Finnish, "16:00" otherwise: the same clock as every other date in the widgets. */
const formatTime = (instant: Date, timeZone: string, locale: string): string =>
  withLocalClock(new Intl.DateTimeFormat(intlLocale(locale), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant), locale);

const dayNumber = (instant: Date, timeZone: string): number => {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day) / 86_400_000;
};

/** The zone of every configuration (`Config.timeZone` is this literal in the contract). */
const CONFIG_TIME_ZONE: Config['timeZone'] = 'Europe/Stockholm';

/**
 * When something happens, said the way people say it relative to `at`: "kl. 16.00" today, "midnatt"
 * for the coming midnight, "fredag kl. 08.00" within the week, with the date further off.
 */
export function formatWhen(when: Date, at: Date, timeZone: string, locale: string = getLocale()): string {
  const days = dayNumber(when, timeZone) - dayNumber(at, timeZone);
  const w = wallClock(when, timeZone);
  const time = formatTime(when, timeZone, locale);
  if (days === 0) return msg(str`kl. ${time}`, { id: 'onCall.at' });
  if (days === 1 && w.hour === 0 && w.minute === 0) return msg('midnatt', { id: 'onCall.midnight' });
  const day = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    weekday: 'long',
    ...(days > 6 ? { day: 'numeric', month: 'long' } : {}),
  }).format(when);
  return msg(str`${day} kl. ${time}`, { id: 'onCall.dayAt' });
}

const contactOf = (config: Config, who: OnCallStatus['who']) =>
  who === 'customer_service' ? config.customerService.contact : who === 'trygghetsjour' ? config.trygghetsjour.contact : undefined;

function phoneLink(phone: string, example: boolean | undefined, tabindex: NumberTabindex): TemplateResult {
  return html`${phoneNumber(phone, 'phone', tabindex)}${example
      ? html` <span class="note">${msg('(exempelnummer)', { id: 'onCall.example' })}</span>`
      : nothing}`;
}

/**
 * The on-call banner's markup for `status` (from `onCall(config, at)`): who answers now and until when,
 * or when someone answers again; 112 and the police's number always. Needs `onCallStyles`. `tabindex`: `-1`
 * when another widget on the page already has these numbers in the tab order (`NumbersInTabOrder`).
 */
export function renderOnCall(config: Config, status: OnCallStatus, at: Date, locale: string = getLocale(), tabindex: NumberTabindex = nothing): TemplateResult {
  const tz = config.timeZone;
  let who: TemplateResult;
  if (status.who !== 'none' && status.name && status.phone) {
    // the name comes from the API: in the visitor's language when it has one, marked with its own lang
    const name = renderText(status.name, locale);
    const until = status.until ? new Date(status.until) : undefined;
    who = html`<p class="who">
        <span>${msg(html`${name} svarar just nu:`, { id: 'onCall.answersNow' })}</span>
        ${phoneLink(status.phone, contactOf(config, status.who)?.example, tabindex)}
      </p>
      ${until ? html`<p class="until">${msg(str`Till ${formatWhen(until, at, tz, locale)}.`, { id: 'onCall.until' })}</p>` : nothing}`;
  } else {
    // Nobody answers: say so plainly, then who answers next and from when.
    const until = status.until ? new Date(status.until) : undefined;
    const next = until ? onCall(config, until) : undefined;
    const name = next?.name ? renderText(next.name, locale) : undefined;
    who = html`<p class="who">${msg('Ingen svarar i telefon just nu.', { id: 'onCall.nobody' })}</p>
      ${until && next?.phone && name
        ? html`<p class="until">
            <span>${msg(html`${name} svarar från ${formatWhen(until, at, tz, locale)}:`, { id: 'onCall.answersFrom' })}</span>
            ${phoneLink(next.phone, contactOf(config, next.who)?.example, tabindex)}
          </p>`
        : nothing}`;
  }
  return html`<div class="on-call" part="banner">
    <div role="status">
      ${who}
      ${status.holiday ? html`<p class="note">${msg(html`I dag är det ${renderSwedish(status.holiday, locale)}.`, { id: 'onCall.holiday' })}</p>` : nothing}
    </div>
    ${renderEmergency(config, tabindex)}
  </div>`;
}

/**
 * The on-call block of a widget: who answers now (`renderOnCall`) once the configuration is there, and
 * before that — while it loads, when it failed — the emergency line with the built-in 112 and 114 14, so
 * a tenant in danger never waits for the network.
 */
export function renderOnCallBlock(config: Config | undefined, clock: OnCallController, numbers: NumbersInTabOrder): TemplateResult {
  const tabindex = numbers.tabindex;
  return config ? renderOnCall(config, clock.status(config), clock.at(), getLocale(), tabindex) : html`<div class="on-call on-call--emergency">${renderEmergency(undefined, tabindex)}</div>`;
}

/** A no-break space: keeps an empty line as tall as a line of text. */
const HELD_LINE = '\u00a0';

/**
 * The banner while the configuration loads: its lines (who answers, until when) held by the loading line and
 * an empty one, and the emergency line with 112 as always, so the page below does not move when the answer
 * arrives.
 */
export function renderOnCallLoading(tabindex: NumberTabindex): TemplateResult {
  return html`<div class="on-call on-call--loading" part="banner">
    <p class="who" part="status" role="status">${messages.loading()}</p>
    <p class="until" aria-hidden="true">${HELD_LINE}</p>
    ${renderEmergency(undefined, tabindex)}
  </div>`;
}

/**
 * Keeps a host's on-call answer current: `status(config)` computes it (at `fixed`, or at the clock),
 * and after each update a timer is set for the moment the answer changes (capped at `MAX_TIMER_MS`), plus
 * a re-check when the page becomes visible again (timers are throttled in background tabs). The timer
 * and the listener are removed when the host disconnects. With `fixed` set, no timer runs.
 */
export class OnCallController implements ReactiveController {
  /** A fixed moment to show; when set, the banner does not move by itself. */
  fixed: Date | undefined;

  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly clock: () => number;
  private until: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
  };

  /** `clock` gives the current time in ms; tests and embedding widgets may pass their own. */
  constructor(host: ReactiveControllerHost & EventTarget, clock: () => number = () => Date.now()) {
    this.host = host;
    this.clock = clock;
    host.addController(this);
  }

  /** The moment the answer is computed for. */
  at(): Date {
    return this.fixed ?? new Date(this.clock());
  }

  /** Who answers at `at()`, remembering when that changes so the next update can be scheduled. */
  status(config: Config): OnCallStatus {
    const status = onCall(config, this.at());
    this.until = status.until;
    return status;
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    // A page's first time-zone formatter loads the platform's zone and date data (13 to 29 ms on this
    // machine, in a CPU profile of the report form's page), and the banner needs one before the form's first
    // field can show. Made in a task after the widget's requests have gone out, it is ready when the
    // configuration arrives instead of starting then: the wait for the network is spent on it.
    setTimeout(() => {
      if (this.connected) formatWhen(new Date(this.clock()), new Date(this.clock()), CONFIG_TIME_ZONE);
    });
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.clear();
  }

  hostUpdated(): void {
    this.clear();
    if (!this.connected || this.fixed) return;
    const wait = this.until ? Date.parse(this.until) - this.clock() + SLACK_MS : MAX_TIMER_MS;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, Math.max(0, Math.min(wait, MAX_TIMER_MS)));
  }

  /** Whether a boundary timer is pending (for tests and diagnostics). */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * @summary Who answers the phone right now — customer service in office hours, the trygghetsjour on evenings, weekends and public holidays — with the number, until when, and 112 always.
 *
 * Computed in the organisation's time zone from the configuration it already has (no extra request);
 * it updates itself when the answer changes (e.g. 16:00 on a weekday, midnight before a public holiday).
 *
 * @fires grannskap-ready - Standing alone, the configuration has been loaded.
 * @fires grannskap-error - The configuration could not be loaded (`detail.code`).
 * @csspart banner - The whole banner.
 * @csspart phone - The link with the number to call now (or next).
 * @csspart emergency - The line with 112 and the police's number.
 * @csspart status - The loading / error line.
 * @cssproperty --grannskap-on-call-accent - The banner's edge colour; the accent colour by default.
 * @cssproperty --grannskap-on-call-background - The banner's background.
 * @slot - Nothing is slotted; the banner draws everything from the configuration.
 */
export class GrannskapOnCall extends GrannskapElement {
  static override styles = [GrannskapElement.styles, onCallStyles];

  /** A fixed moment to show instead of the current time (tests, host pages); when set the banner does not update by itself. */
  @property({ attribute: false }) now: Date | undefined;

  protected readonly onCallClock = new OnCallController(this, () => this.clock());
  private readonly numbers = new NumbersInTabOrder(this);

  /** The current time in ms. A hook for tests that need a clock close to a boundary; real pages keep Date.now(). */
  protected clock(): number {
    return Date.now();
  }

  protected override render() {
    this.onCallClock.fixed = this.now;
    if (!this.api.config && this.api.state.status === 'loading') return renderOnCallLoading(this.numbers.tabindex);
    return html`${this.renderStatus()}${renderOnCallBlock(this.api.config, this.onCallClock, this.numbers)}`;
  }
}
