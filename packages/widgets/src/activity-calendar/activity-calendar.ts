import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../shared/msg.js';
import type { Area, Config } from '@grannskap/contract';
import { GrannskapChangeEvent } from '../events/change-event.js';
import type { GrannskapChangeDetail } from '../events/change-event.js';
import { GrannskapErrorEvent } from '../events/error-event.js';
import type { GrannskapClient } from '../shared/context.js';
import { markedText, renderText } from '../shared/text.js';
import { GrannskapElement } from '../shared/grannskap-element.js';
import { getLocale } from '../shared/localization.js';
import { formStyles } from '../shared/form.styles.js';
import { activityCalendarStyles } from './activity-calendar.styles.js';
import { renderAgenda } from './agenda-list.js';
import { OccurrenceCache } from './data.js';
import type { Entry, Filter, Slice } from './data.js';
import { addMonths, firstOfMonth, formatDay, formatDayRange, formatMonth, lastOfMonth, monthOf, sameDayIn, todayIn } from './dates.js';
import { parseAge, parseCategories, renderEmpty, renderFilters } from './filters.js';
import { feedLink, renderSubscribe } from './ics.js';
import type { JsonLd } from './jsonld.js';
import { ACTIVITY_PARAM, readAddress, writeAddress } from './links.js';
import { monthEnd, moveDate, renderMonthGrid } from './month-grid.js';
import type * as DialogParts from './dialog-parts.js';
import { LazyPart, adoptPartStyles, renderPartPending } from '../shared/lazy-part.js';
import { partForKept } from '../shared/kept.js';
import type { RegistrationFlow } from './registration-flow.js';
import type { DialogState } from './dialog-view.js';
import { activitiesGroup } from '@grannskap/sdk/groups/activities';
import { areasGroup } from '@grannskap/sdk/groups/catalogue';
import { useGroups } from '../shared/client.js';

// the SDK groups this module calls, for the clients the widgets make (see ../shared/client.ts)
useGroups({ areas: areasGroup, activities: activitiesGroup });

export type CalendarView = 'month' | 'list';

const DEFAULT_TIME_ZONE = 'Europe/Stockholm';
/** Below this width (px) the list is the default view: seven columns do not fit a phone. */
const NARROW_PX = 600;
/** Agenda items added per "Visa fler". */
const LIST_PAGE = 30;
/** How far ahead the agenda goes, in months. */
const MAX_LIST_MONTHS = 12;


const isView = (v: string | null | undefined): v is CalendarView => v === 'month' || v === 'list';

/**
 * @summary A calendar of the neighbourhood's activities (områdesträffar, trygghetsvandringar, lovaktiviteter) with month and list views, filters, details, registration with a waitlist, calendar files and search-engine data.
 *
 * Occurrences of recurring activities are expanded by the API for the month shown and fetched once per
 * month and filter. The month is an accessible grid (arrow keys, Home/End, Ctrl+Home/End, PageUp/PageDown, Enter) with
 * ISO week numbers and the school holidays from the configuration; the list view is the default on
 * narrow screens. Registrations are sent exactly once through the SDK's outbox. schema.org Event data for
 * the visible activities is placed in the light DOM (a hidden child element) for search engines.
 *
 * @fires grannskap-change - The visitor changed the month, the view or a filter (`detail`: month, view, area, category, age, reason).
 * @fires grannskap-registered - A registration was stored (`detail.registrationId`, `detail.status`: `confirmed` when anyone got a place or `waitlisted`, `detail.waitlistedParticipants`: how many wait).
 * @fires grannskap-cancelled - A registration was cancelled through its private link; its place went to the waitlist.
 * @fires grannskap-error - The configuration, the activities or a registration could not be loaded or sent (`detail.code`).
 * @fires grannskap-ready - Standing alone, the configuration has been loaded.
 * @csspart toolbar - Month navigation and the view switch.
 * @csspart filters - The filters.
 * @csspart count - The announced number of activities.
 * @csspart grid - The month grid.
 * @csspart agenda - The list view.
 * @csspart item - One activity in the list view.
 * @csspart more - The "show more" button of the list view.
 * @csspart empty - The message when nothing matches.
 * @csspart dialog - The details dialog.
 * @csspart close - The dialog's close button.
 * @csspart register - The "register" button in the details.
 * @csspart registration - The registration form.
 * @csspart submit - The registration form's send button.
 * @csspart summary - The registration form's error summary.
 * @csspart receipt - The receipt after registering.
 * @csspart cancel-link - The private cancel link in the receipt.
 * @csspart cancel - The cancel button.
 * @csspart ics - The "add to my calendar" link.
 * @csspart google - The "add to Google Calendar" link in an activity's details (Google's own new-event page, filled in).
 * @csspart outlook - The "add to Outlook" link in an activity's details (Outlook.com's new-event page, filled in).
 * @csspart subscribe - The subscribe block with the feed links.
 * @csspart webcal - The "open in the calendar app" (webcal://) link.
 * @csspart feed - The feed's https address, to copy into a calendar.
 * @csspart activity-link - The link that opens an activity's details (`?grannskap-activity=`), in its details.
 * @csspart cancelled - The "cancelled" notice in an activity's details.
 * @csspart capacity-notice - The line at the participants when more are added than the places left: how many fit, and that the rest join the waitlist.
 * @csspart waitlist-notice - The notice that the activity is full and the registration joins the waitlist.
 * @csspart add-participant - The "add a participant" button.
 * @csspart queued - The "saved, will be sent" message while a registration is kept on the device (offline, server trouble, or a reload while sending).
 * @csspart linked - The panel for a registration opened through its private cancel link.
 * @csspart status - The loading / error line of the configuration.
 * @cssproperty --grannskap-color-accent - Buttons, links, focus and today's day.
 * @cssproperty --grannskap-calendar-holiday - Background of school-holiday days (default a light yellow).
 * @cssproperty --grannskap-calendar-cell-height - The least height of a day cell (default 6rem).
 * @slot - Nothing is slotted. The element keeps a hidden child with the schema.org JSON-LD.
 */
export class GrannskapActivityCalendar extends GrannskapElement {
  static override styles = [GrannskapElement.styles, formStyles, activityCalendarStyles];

  /** Shows only this area's activities (an area id); the visitor cannot change it. */
  @property() area = '';

  /** Shows only these categories, comma-separated (`omradestraff,trygghetsvandring,lovaktivitet,gemensam_aktivitet`). One category is fixed; with several the visitor picks among them. */
  @property() categories = '';

  /** Shows only activities for this age (whole years); the visitor cannot change it. */
  @property() age = '';

  /** `month` or `list`. When unset: the list on narrow screens, else the month. */
  @property() view = '';

  /** The month to show first, `YYYY-MM`; this month when unset. */
  @property() month = '';

  /** The private cancel link, with `{id}` and `{token}` in it; this page with `?registration=&token=` when empty. */
  @property({ attribute: 'cancel-url' }) cancelUrl = '';

  @state() private shownMonth = '';
  @state() private focused = '';
  @state() private visitorArea = '';
  @state() private visitorCategory: Filter['category'] = '';
  @state() private visitorAge: number | null = null;
  @state() private chosenView: CalendarView | undefined;
  @state() private narrow = false;
  @state() private areas: Area[] = [];
  @state() private loadFailed = false;
  @state() private listMonths = 1;
  @state() private listLimit = LIST_PAGE;
  @state() private dialog: DialogState | undefined;

  private readonly slices = new Map<string, Slice>();
  private readonly pending = new Set<string>();
  private slicesFor = '';
  private cache: OccurrenceCache | undefined;
  /**
   * The schema.org events for search engines (./jsonld.ts): not for the visitor, so its module loads after
   * the calendar's first render, not with it. A load that fails leaves only that out.
   */
  private jsonLd: JsonLd | undefined;
  private jsonLdLoading: Promise<void> | undefined;
  /** The dialog's views, the registration and the cancellation, and the outbox: loaded when first needed. */
  private readonly parts = new LazyPart<typeof DialogParts>(
    this,
    () =>
      import('./dialog-parts.js').then((parts) => {
        adoptPartStyles(this, [parts.fieldStyles, parts.laterFormStyles, parts.dialogStyles]);
        // sends what the outbox keeps when the page is back online, and names why it waits
        this.outbox ??= new parts.OutboxFlusher(this, () => this.api.client);
        this.flow ??= new parts.RegistrationFlow({
          element: this,
          client: () => this.api.client,
          cancelUrl: () => this.cancelUrl,
          timeZone: () => this.timeZone,
          refresh: () => this.refresh(),
          focus: (selector) => {
            this.focusAfterRender = selector;
            this.requestUpdate();
          },
          flush: () => this.outbox?.flush(),
        });
        return parts;
      }),
    (error) => this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error)),
  );
  private opener: HTMLElement | undefined;
  private focusAfterRender: string | undefined;
  private loadedFor: Config | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private intersectionObserver: IntersectionObserver | undefined;
  private observedSentinel: Element | undefined;
  private observedState = '';
  /** Counts reloads: an answer fetched before one is dropped. */
  private refreshes = 0;
  /** Counts answers taken in, so what is derived from them (the JSON-LD) knows when to be made again. */
  private dataVersion = 0;

  private outbox: { flush(): void } | undefined;
  /** Registering, cancelling, kept registrations and cancel links: made when the parts arrive. */
  private flow: RegistrationFlow | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      const narrow = width > 0 && width < NARROW_PX;
      // a frame later: switching views changes the size, which must not happen inside this callback
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    this.flow?.stop();
    this.resizeObserver?.disconnect();
    this.intersectionObserver?.disconnect();
    this.observedSentinel = undefined;
    this.jsonLd?.remove();
    super.disconnectedCallback();
  }

  /** The view in force: the visitor's choice, else the attribute, else by width. */
  get currentView(): CalendarView {
    return this.chosenView ?? (isView(this.view) ? this.view : this.narrow ? 'list' : 'month');
  }

  /** The filter in force: the attributes' fixed parts and the visitor's choices. */
  get filter(): Filter {
    const allowed = parseCategories(this.categories);
    const category = allowed.length === 1 ? allowed[0]! : !allowed.length || (this.visitorCategory && allowed.includes(this.visitorCategory)) ? this.visitorCategory : '';
    return { area: this.area.trim() || this.visitorArea, allowed, category, age: parseAge(this.age) ?? this.visitorAge };
  }

  private get fixed(): { area: boolean; category: boolean; age: boolean } {
    return { area: this.area.trim() !== '', category: parseCategories(this.categories).length === 1, age: parseAge(this.age) !== null };
  }

  private get timeZone(): string {
    return this.api.config?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  private get today(): string {
    return todayIn(this.timeZone);
  }

  /** The months the current view needs. */
  private get wantedMonths(): string[] {
    const n = this.currentView === 'list' ? this.listMonths : 1;
    return Array.from({ length: n }, (_, i) => addMonths(this.shownMonth, i));
  }

  private get filterKey(): string {
    const f = this.filter;
    return [f.area, f.allowed.join(','), f.category, f.age ?? ''].join('|');
  }

  /** The agenda's entries: from today in this month (from the 1st in others), across the loaded months. */
  private get listEntries(): Entry[] {
    const from = this.shownMonth === monthOf(this.today) ? this.today : firstOfMonth(this.shownMonth);
    const out: Entry[] = [];
    for (const m of this.wantedMonths) {
      const slice = this.slices.get(m);
      if (!slice) break;
      for (const e of slice.entries) if (e.date >= from) out.push(e);
    }
    return out;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    let monthChanged = false;
    if (changed.has('month') || !this.shownMonth) {
      // the first time, what a shared or bookmarked address says comes before the attributes' defaults
      const kept = this.shownMonth ? {} : this.applyAddress();
      const m = [kept.month, this.month].find((v) => v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v)) ?? monthOf(this.today);
      monthChanged = m !== this.shownMonth;
      this.shownMonth = m;
    }
    const config = this.api.config;
    const client = this.api.client;
    if (config && config !== this.loadedFor) {
      this.loadedFor = config;
      void this.loadAreas();
      void this.openLinkedRegistration();
      void this.openLinkedActivity();
      void this.followKeptRegistration();
    }
    if (client && !this.cache?.serves(client)) {
      this.cache = new OccurrenceCache(client);
      this.slices.clear();
      this.pending.clear();
    }
    if (this.filterKey !== this.slicesFor) {
      this.slicesFor = this.filterKey;
      this.slices.clear();
      this.pending.clear();
      this.listLimit = LIST_PAGE;
      this.listMonths = 1;
    }
    // The month's occurrences go beside the configuration's request, not after its answer: nothing in the
    // request depends on it (the month and the filter come from attributes), and it saves a round trip.
    if (this.cache) for (const m of this.wantedMonths) this.fetchMonth(m);
    // After the requests: a page's first Intl date formatter (for today's date) costs tens of
    // milliseconds while ICU loads, which the month given in `month` need not wait for.
    if (monthChanged) this.focused = this.shownMonth === monthOf(this.today) ? this.today : firstOfMonth(this.shownMonth);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && this.dialog && !dialog.open) dialog.showModal();
    const target = this.focusAfterRender;
    if (target) {
      const el = this.renderRoot.querySelector<HTMLElement>(target);
      if (el) {
        this.focusAfterRender = undefined;
        el.focus();
      }
    }
    this.observeSentinel();
    this.updateJsonLd();
  }

  /** Fetches a month unless it is there or on its way; `force` fetches it again (after a write changed places left). */
  private fetchMonth(month: string, force = false): void {
    const cache = this.cache;
    if (!cache || (!force && this.slices.has(month)) || this.pending.has(month)) return;
    const key = this.slicesFor;
    const generation = this.refreshes;
    const current = () => key === this.slicesFor && this.cache === cache && generation === this.refreshes;
    this.pending.add(month);
    cache.get(firstOfMonth(month), lastOfMonth(month), this.filter).then(
      (slice) => {
        if (!current()) return;
        this.pending.delete(month);
        this.slices.set(month, slice);
        this.dataVersion += 1;
        this.loadFailed = false;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (!current()) return;
        this.pending.delete(month);
        this.loadFailed = true;
        this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error));
      },
    );
  }

  private async loadAreas(): Promise<void> {
    try {
      this.areas = (await this.api.client!.areas.list()).items;
      // an area an old or mistyped address names is not offered: show all rather than nothing
      if (this.visitorArea && !this.areas.some((a) => a.id === this.visitorArea)) this.visitorArea = '';
    } catch (error) {
      this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error));
    }
  }

  /** Reloads what the visitor sees, after a registration or a cancellation changed the places left. */
  private refresh(): void {
    this.refreshes += 1;
    this.cache?.clear();
    this.pending.clear();
    this.loadFailed = false;
    // What is shown stays until the new answer replaces it, so the element that opened the dialog is still
    // there to take focus back.
    const wanted = new Set(this.wantedMonths);
    for (const m of [...this.slices.keys()]) if (!wanted.has(m)) this.slices.delete(m);
    for (const m of wanted) this.fetchMonth(m, true);
  }

  /** The view and the filters the address names (./links.ts); it returns the month for `willUpdate` to check. */
  private applyAddress(): { month?: string } {
    const kept = readAddress();
    if (isView(kept.view)) this.chosenView = kept.view;
    this.visitorArea = kept.area ?? '';
    this.visitorCategory = parseCategories(kept.category ?? '')[0] ?? '';
    this.visitorAge = parseAge(kept.age);
    return kept;
  }

  private emitChange(reason: GrannskapChangeDetail['reason']): void {
    const f = this.filter;
    const fixed = this.fixed;
    // only what the visitor chose: an attribute's value is the page's and needs no parameter
    writeAddress({ month: this.shownMonth, view: this.chosenView ?? '', area: fixed.area ? '' : f.area, category: fixed.category ? '' : f.category, age: fixed.age ? null : f.age });
    this.dispatchEvent(new GrannskapChangeEvent({ month: this.shownMonth, view: this.currentView, area: f.area, category: f.category, age: f.age, reason }));
  }

  // ---- month, view and filters

  private goToMonth(month: string): void {
    if (month === this.shownMonth) return;
    this.shownMonth = month;
    this.focused = sameDayIn(this.focused || firstOfMonth(month), month);
    this.listMonths = 1;
    this.listLimit = LIST_PAGE;
    this.emitChange('month');
  }

  /** "Idag": today's month (in the organisation's time zone), with the grid's focus on today. */
  private goToToday(): void {
    const today = this.today;
    this.goToMonth(monthOf(today));
    this.focused = today;
    if (this.currentView === 'month') this.focusAfterRender = `td[data-date="${today}"]`;
  }

  private setView(view: CalendarView): void {
    if (view === this.currentView) return;
    this.chosenView = view;
    this.emitChange('view');
  }

  private setFilter(patch: Partial<Pick<Filter, 'area' | 'category' | 'age'>>): void {
    const fixed = this.fixed;
    if (patch.area !== undefined && !fixed.area) this.visitorArea = patch.area;
    if (patch.category !== undefined && !fixed.category) this.visitorCategory = patch.category;
    if (patch.age !== undefined && !fixed.age) this.visitorAge = patch.age;
    this.emitChange('filter');
  }

  private onGridKey(e: KeyboardEvent): void {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]');
    if (!cell) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.openDay(this.focused, cell);
      return;
    }
    if (e.altKey || e.metaKey) return;
    // Ctrl+Home/End go to the month's ends (as in the APG date picker); other Ctrl keys are the browser's
    const next = e.ctrlKey ? monthEnd(this.focused, e.key) : moveDate(this.focused, e.key, this.matches(':dir(rtl)'));
    if (!next) return;
    e.preventDefault();
    this.focusDate(next, true);
  }

  /** Makes `date` the grid's focused day, turning to its month when it lies outside the one shown. */
  private focusDate(date: string, moveFocus: boolean): void {
    if (date === this.focused && monthOf(date) === this.shownMonth) return;
    this.focused = date;
    if (monthOf(date) !== this.shownMonth) {
      this.shownMonth = monthOf(date);
      this.emitChange('month');
      moveFocus = true;
    }
    if (moveFocus) this.focusAfterRender = `td[data-date="${date}"]`;
  }

  private more(): void {
    const total = this.listEntries.length;
    if (this.wantedMonths.some((m) => !this.slices.has(m))) return;
    if (this.listLimit < total) this.listLimit += LIST_PAGE;
    else if (this.listMonths < MAX_LIST_MONTHS) {
      this.listMonths += 1;
      this.listLimit = Math.max(this.listLimit, total) + LIST_PAGE;
    }
  }

  private observeSentinel(): void {
    const sentinel = this.currentView === 'list' ? this.renderRoot.querySelector('[data-sentinel]') : null;
    // a new page or a month that arrived is a reason to look again, even when nothing was added
    const state = `${this.listLimit}|${this.listMonths}|${this.dataVersion}`;
    if (sentinel === this.observedSentinel && state === this.observedState) return;
    this.observedState = state;
    if (this.observedSentinel) this.intersectionObserver?.unobserve(this.observedSentinel);
    this.observedSentinel = sentinel ?? undefined;
    if (!sentinel) return;
    this.intersectionObserver ??= new IntersectionObserver((entries) => {
      if (entries.some((x) => x.isIntersecting)) this.more();
    });
    // observing again gives a fresh first callback, so a short page keeps filling the screen
    this.intersectionObserver.observe(sentinel);
  }

  private updateJsonLd(): void {
    const config = this.api.config;
    if (!config) return;
    if (!this.jsonLd) {
      this.jsonLdLoading ??= import('./jsonld.js').then(
        ({ JsonLd }) => {
          this.jsonLd = new JsonLd(this);
          if (this.isConnected) this.updateJsonLd();
        },
        () => undefined,
      );
      return;
    }
    const list = this.currentView === 'list';
    const locale = getLocale();
    const loaded = this.wantedMonths.filter((m) => this.slices.has(m)).length;
    const key = [list ? `list:${this.listLimit}` : 'month', this.shownMonth, this.slicesFor, loaded, locale, this.dataVersion].join('|');
    this.jsonLd.update(key, () => (list ? this.listEntries.slice(0, this.listLimit) : (this.slices.get(this.shownMonth)?.entries ?? [])), {
      locale,
      organisation: config.organisation.name,
      url: location.href,
    });
  }

  // ---- dialog

  private openDay(date: string, opener: HTMLElement): void {
    this.opener ??= opener;
    this.dialog = { kind: 'day', date };
    this.flow?.reset();
    this.focusAfterRender = '#dialog-title';
    this.loadParts();
  }

  private openEntry(entry: Entry, opener: HTMLElement | undefined): void {
    const fromDay = this.dialog?.kind === 'day' ? this.dialog.date : undefined;
    if (!this.dialog) this.opener = opener;
    this.dialog = { kind: 'entry', entry, fromDay };
    this.flow?.reset();
    this.focusAfterRender = '#dialog-title';
    this.loadParts();
  }

  /**
   * Loads the dialog's views the first time a dialog opens. Meanwhile the dialog shows its title (focused,
   * as the full view's is) and a loading line; when they arrive the full view's title takes the focus,
   * unless the visitor has moved it on.
   */
  private loadParts(): void {
    if (this.parts.value) return;
    const focus = (target: string) => {
      const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
      if (!this.dialog || (active && active.id !== 'dialog-title')) return;
      this.focusAfterRender = target;
      this.requestUpdate();
    };
    this.parts.get().then(
      () => focus('#dialog-title'),
      () => focus('#part-retry'),
    );
  }

  private closeDialog(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  private onDialogClose(): void {
    const opener = this.opener;
    // the details opened through a link are closed: a reload must not open them again
    const url = new URL(location.href);
    if (url.searchParams.has(ACTIVITY_PARAM)) {
      url.searchParams.delete(ACTIVITY_PARAM);
      history.replaceState(history.state, '', url.href);
    }
    this.dialog = undefined;
    this.flow?.reset(true);
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
    else this.focusAfterRender = this.currentView === 'month' ? `td[data-date="${this.focused}"]` : '[part=item]';
  }

  // ---- writes (in the parts: ./registration-flow.ts)

  /**
   * A registration this browser kept (the page was reloaded while sending it) is followed, and what is
   * kept is sent, by the parts with the outbox; they load only when this browser may keep a registration
   * or a cancellation (../shared/kept.ts).
   */
  private async followKeptRegistration(): Promise<void> {
    const client = this.api.client;
    if (client && (await partForKept(client, ['createRegistration', 'cancelRegistration'], this.parts)).part) await this.flow?.followKept();
  }

  /** A visit through the private cancel link (`?registration=&token=`): the parts show the registration and offer to cancel it. */
  private async openLinkedRegistration(): Promise<void> {
    const params = new URL(location.href).searchParams;
    const id = params.get('registration');
    const token = params.get('token');
    if (!id || !token || !this.api.client) return;
    await this.parts.get().catch(() => undefined);
    await this.flow?.openLinked(id, token);
  }

  /** A visit through an activity's link (`?grannskap-activity=`): its month is shown and its details open. */
  private async openLinkedActivity(): Promise<void> {
    const client = this.api.client;
    if (!client || !new URLSearchParams(location.search).has(ACTIVITY_PARAM)) return;
    // the details need the dialog's part, which finds the occurrence too; a failed load says so itself
    const parts = await this.parts.get().catch(() => undefined);
    try {
      const entry = await parts?.linkedEntry(client);
      if (!entry || this.dialog) return;
      this.goToMonth(monthOf(entry.date));
      this.focused = entry.date;
      this.openEntry(entry, undefined);
    } catch (error) {
      this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error));
    }
  }

  // ---- rendering

  override render() {
    const config = this.api.config;
    return html`${this.renderStatus()}${config && this.api.client ? this.renderCalendar(config, this.api.client) : nothing}`;
  }

  private renderCalendar(config: Config, client: GrannskapClient): TemplateResult {
    const locale = getLocale();
    const view = this.currentView;
    const filter = this.filter;
    const slice = this.slices.get(this.shownMonth);
    const loading = this.wantedMonths.some((m) => !this.slices.has(m));
    const filterOptions = { filter, fixed: this.fixed, areas: this.areas, onChange: (p: Partial<Pick<Filter, 'area' | 'category' | 'age'>>) => this.setFilter(p) };
    const count = slice?.entries.length ?? 0;
    const monthName = formatMonth(this.shownMonth, locale);
    return html`${this.flow?.renderTop(locale) ?? nothing}
      <div class="toolbar" part="toolbar">
        <div class="toolbar-start">
          <div class="month-nav">
            <button type="button" class="secondary" aria-label=${msg('Föregående månad', { id: 'activityCalendar.prevMonth' })} @click=${() => this.goToMonth(addMonths(this.shownMonth, -1))}>
              <span class="arrow" aria-hidden="true" dir="ltr">‹</span>
            </button>
            <h2 id="month-heading" class="month-heading">${monthName}</h2>
            <button type="button" class="secondary" aria-label=${msg('Nästa månad', { id: 'activityCalendar.nextMonth' })} @click=${() => this.goToMonth(addMonths(this.shownMonth, 1))}>
              <span class="arrow" aria-hidden="true" dir="ltr">›</span>
            </button>
          </div>
          <button type="button" class="secondary today-button" @click=${() => this.goToToday()}>${msg('Idag', { id: 'activityCalendar.today' })}</button>
        </div>
        <div class="view-switch" role="group" aria-label=${msg('Visa som', { id: 'activityCalendar.view.label' })}>
          <button type="button" class="toggle" aria-pressed=${view === 'month' ? 'true' : 'false'} @click=${() => this.setView('month')}>${msg('Månad', { id: 'activityCalendar.view.month' })}</button>
          <button type="button" class="toggle" aria-pressed=${view === 'list' ? 'true' : 'false'} @click=${() => this.setView('list')}>${msg('Lista', { id: 'activityCalendar.view.list' })}</button>
        </div>
      </div>
      ${renderFilters(filterOptions)}
      <p class="count" part="count" role="status">
        ${this.loadFailed
          ? nothing
          : loading
            ? msg('Hämtar aktiviteter …', { id: 'activityCalendar.loading' })
            : count === 1
              ? msg(str`1 aktivitet i ${monthName}`, { id: 'activityCalendar.countOne' })
              : msg(str`${count} aktiviteter i ${monthName}`, { id: 'activityCalendar.count' })}
      </p>
      ${this.loadFailed
        ? html`<p class="status status--error" role="alert">
            ${msg('Det gick inte att hämta aktiviteterna just nu.', { id: 'activityCalendar.loadFailed' })}
            <button type="button" @click=${() => this.refresh()}>${msg('Försök igen', { id: 'common.retry' })}</button>
          </p>`
        : nothing}
      ${slice && count === 0 && !loading ? renderEmpty({ ...filterOptions, onNextMonth: () => this.goToMonth(addMonths(this.shownMonth, 1)) }) : nothing}
      ${view === 'month' ? this.renderMonth(config, locale, slice) : this.renderList(locale, loading)}
      ${this.renderHolidayLegend(config, locale)}
      ${renderSubscribe(feedLink(client, filter, locale))}
      ${this.renderDialog(config, client, locale)}`;
  }

  private renderMonth(config: Config, locale: string, slice: Slice | undefined): TemplateResult {
    return html`<div class="grid-wrap" @keydown=${(e: KeyboardEvent) => this.onGridKey(e)}>
      ${renderMonthGrid({
        month: this.shownMonth,
        focused: monthOf(this.focused) === this.shownMonth ? this.focused : firstOfMonth(this.shownMonth),
        today: this.today,
        locale,
        slice,
        holidays: config.schoolHolidays,
        onOpenDay: (date, opener) => this.openDay(date, opener),
        onOpenEntry: (entry, opener) => this.openEntry(entry, opener),
        onFocusDate: (date) => this.focusDate(date, false),
      })}
    </div>`;
  }

  private renderList(locale: string, loading: boolean): TemplateResult {
    const entries = this.listEntries;
    return renderAgenda({
      entries: entries.slice(0, this.listLimit),
      locale,
      hasMore: this.listLimit < entries.length || this.listMonths < MAX_LIST_MONTHS,
      loading,
      onOpenEntry: (entry, opener) => this.openEntry(entry, opener),
      onMore: () => this.more(),
    });
  }

  /** The school holidays that touch the month, written out: the shading alone says nothing to many. */
  private renderHolidayLegend(config: Config, locale: string): TemplateResult | typeof nothing {
    const from = firstOfMonth(this.shownMonth);
    const to = lastOfMonth(this.shownMonth);
    const holidays = config.schoolHolidays.filter((h) => h.start <= to && h.end >= from);
    if (!holidays.length) return nothing;
    return html`<ul class="holiday-legend" aria-label=${msg('Skollov', { id: 'activityCalendar.holidays' })}>
      ${holidays.map((h) => html`<li><span class="holiday-swatch" aria-hidden="true"></span>${renderText(h.name, locale)}: ${formatDayRange(h.start, h.end, locale)}</li>`)}
    </ul>`;
  }

  private renderDialog(config: Config, client: GrannskapClient, locale: string): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${() => this.onDialogClose()}>
      ${this.dialog
        ? html`<div class="dialog-bar">
              <button type="button" class="secondary close" part="close" @click=${() => this.closeDialog()}>${msg('Stäng', { id: 'activityCalendar.dialog.close' })}</button>
            </div>
            <div class="dialog-body">${this.renderDialogBody(this.dialog, config, client, locale)}</div>`
        : nothing}
    </dialog>`;
  }

  private renderDialogBody(d: DialogState, config: Config, client: GrannskapClient, locale: string): TemplateResult {
    const parts = this.parts.value;
    if (!parts) return this.renderDialogPending(d, locale);
    return parts.renderDialogView(d, {
      config,
      client,
      locale,
      timeZone: this.timeZone,
      areas: this.areas,
      flow: this.flow,
      dayEntries: (date) => this.slices.get(monthOf(date))?.byDay.get(date) ?? [],
      openEntry: (entry, opener) => this.openEntry(entry, opener),
      backToDay: (date, entry) => {
        this.dialog = { kind: 'day', date };
        this.focusAfterRender = `[data-entry="${CSS.escape(entry.id)}"]`;
      },
    });
  }

  /** The dialog while its views load: the same title (the dialog's name, focused) and a loading line, or the retry. */
  private renderDialogPending(d: DialogState, locale: string): TemplateResult {
    const title = d.kind === 'day' ? { text: formatDay(d.date, locale), lang: nothing, dir: nothing } : markedText(d.entry.activity.title, locale);
    return html`<h2 id="dialog-title" tabindex="-1" lang=${title.lang} dir=${title.dir}>${title.text}</h2>
      ${renderPartPending(this.parts.failed, () => {
        this.focusAfterRender = '#dialog-title';
        this.loadParts();
      })}`;
  }
}
