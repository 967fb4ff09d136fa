import type { Page } from 'puppeteer-core';
import type { Driver } from './widget-flows.js';

// What the fault tests need beyond the ordinary flows: a registration filled but not yet sent, the
// send button of each widget, and what each widget tells the tenant about its submission right now.

export type WidgetTag = 'grannskap-report-form' | 'grannskap-trivselpeng-form' | 'grannskap-activity-calendar' | 'grannskap-case-status';

/** The button that sends each widget's write. */
export const SEND_BUTTON: Record<WidgetTag, string> = {
  'grannskap-report-form': '[part=next]',
  'grannskap-trivselpeng-form': '[part=next]',
  'grannskap-activity-calendar': '[part=submit]',
  'grannskap-case-status': '[part=send-follow-up]',
};

/** Where a widget stands with its submission, as the tenant can see and hear it. */
/** Run before the page's own scripts (`evaluateOnNewDocument`): keeps what the page was last told about its network. */
export const TRACK_ONLINE = `globalThis.__grannskapToldOnline = navigator.onLine;
addEventListener('online', () => { globalThis.__grannskapToldOnline = true; });
addEventListener('offline', () => { globalThis.__grannskapToldOnline = false; });`;

export interface Shown {
  /** receipt: the server's receipt; queued: "saved, will be sent"; failed: "could not be sent"; sending: the button says so. */
  state: 'form' | 'sending' | 'queued' | 'receipt' | 'failed' | 'none';
  /** The text of the receipt or queued heading and of every live region (role=status/alert) with text. */
  text: string;
  /**
   * Whether the page has been told it is online: the last `online`/`offline` event it received (before any,
   * `navigator.onLine`). Not `navigator.onLine` itself: Chromium flips that before it dispatches `online`
   * (measured: 32 of 40 reconnects could be read in between), and no page can react before the event.
   */
  online: boolean;
}

/** Reads what `tag` shows now (in the page; `none` when the widget is not on the page yet). */
export const shown = (page: Page, tag: WidgetTag): Promise<Shown> =>
  page.evaluate((t: string) => {
    const el = document.querySelector(t);
    const root = el?.shadowRoot;
    const told = (window as unknown as { __grannskapToldOnline?: boolean }).__grannskapToldOnline;
    const online = told ?? navigator.onLine;
    if (!root) return { state: 'none' as const, text: '', online };
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const live = [...root.querySelectorAll('[role=status], [role=alert]')].map((e) => clean(e.textContent)).filter(Boolean);
    // The case status says both "received" and "saved, will be sent" in one note under the case.
    const note = root.querySelector('[part=follow-up-done]');
    const thanks = note && /Tack!/.test(note.textContent ?? '') ? note : null;
    const receipt = root.querySelector('#receipt-heading, [part=receipt]') ?? thanks;
    const queued = root.querySelector('[part=queued]') ?? (thanks ? null : note);
    const failed = root.querySelector('#send-failed, #reg-failed') ?? ([...root.querySelectorAll('[role=alert]')].find((e) => /kunde inte skickas/.test(e.textContent ?? '')) || null);
    const button = root.querySelector(({ 'grannskap-activity-calendar': '[part=submit]', 'grannskap-case-status': '[part=send-follow-up]' } as Record<string, string>)[t] ?? '[part=next]');
    const heading = clean((receipt ?? queued)?.querySelector('h2, h3')?.textContent ?? (receipt ?? queued)?.textContent);
    const text = [heading, ...live].filter(Boolean).join(' | ');
    if (receipt) return { state: 'receipt' as const, text, online };
    if (queued) return { state: 'queued' as const, text, online };
    if (failed) return { state: 'failed' as const, text, online };
    if (button && /Skickar/.test(button.textContent ?? '')) return { state: 'sending' as const, text: [clean(button.textContent), text].filter(Boolean).join(' | '), online };
    return { state: 'form' as const, text, online };
  }, tag);


/** Fills the follow-up form that the case status offers for a paid application, without sending it. */
export const fillFollowUp = (page: Page, howItWent: string) =>
  page.evaluate(async (text: string) => {
    const d = (window as unknown as { __drive: Driver }).__drive;
    const el = document.querySelector('grannskap-case-status')!;
    await d.until('the follow-up form', () => d.$(el, '#participants'));
    d.input(el, '#participants', '25');
    d.input(el, '#howItWent', text);
    await new Promise((r) => setTimeout(r, 50));
  }, howItWent);

/** Writes the SDK's outbox keeps in this page's IndexedDB (database `grannskap`, store `outbox`). */
export const outboxSize = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    // Opening a database that does not exist would create it empty, and the SDK's own open would then find no store.
    if (!(await indexedDB.databases()).some((info) => info.name === 'grannskap')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('grannskap');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('outbox')) {
          db.close();
          return resolve(0);
        }
        const count = db.transaction('outbox', 'readonly').objectStore('outbox').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => reject(count.error);
      };
    });
  });
