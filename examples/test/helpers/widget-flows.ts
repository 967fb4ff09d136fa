import type { Page } from 'puppeteer-core';

// Every widget's flow on a host page, driven inside the page through the widgets' shadow roots (the
// host's CSS may hide the controls from puppeteer's mouse, and the flows must still finish; whether the
// controls stay visible and legible is checked separately). Each flow ends on the widget's own receipt.

/** What a tenant types: everything here is personal data except the report's description and place. */
export interface Typed {
  name: string;
  phone: string;
  email: string;
  address: string;
  age: string;
  coOrganiser: string;
  description: string;
  place: string;
  child: string;
}

export const typedBy = (stamp: string): Typed => ({
  name: `Fatima Testsson ${stamp}`,
  phone: '070-555 12 34',
  email: `fatima.${stamp}@example.se`,
  address: `Lönngatan ${stamp} 7`,
  age: '47',
  coOrganiser: `Hassan Grannsson ${stamp}`,
  description: `Trasig lampa i källargången ${stamp}, det är mörkt hela dagen.`,
  place: `Källargången hus ${stamp}`,
  child: `Liam ${stamp}`,
});

/** The in-page helpers `installDriver` puts on `window.__drive`. */
export type Driver = {
  until: (what: string, condition: () => unknown, timeout?: number) => Promise<void>;
  $: (el: Element, selector: string) => HTMLElement | null;
  input: (el: Element, selector: string, value: string) => void;
  click: (el: Element, selector: string) => void;
  next: (el: Element) => Promise<void>;
  reportFirstSteps: (el: Element) => Promise<void>;
};
/** In-page helpers for the flows; installed again after every navigation. */
export const installDriver = (page: Page) =>
  page.evaluate(() => {
    const until = async (what: string, condition: () => unknown, timeout = 15_000) => {
      const end = Date.now() + timeout;
      for (;;) {
        if (condition()) return;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    const input = (el: Element, selector: string, value: string) => {
      const control = $(el, selector) as HTMLInputElement | HTMLSelectElement | null;
      if (!control) throw new Error(`no ${selector}`);
      control.value = value;
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    };
    const click = (el: Element, selector: string) => {
      const target = $(el, selector);
      if (!target) throw new Error(`no ${selector}`);
      target.click();
    };
    const next = async (el: Element) => {
      const heading = $(el, '#step-heading')?.textContent;
      click(el, '[part=next]');
      const errors = () => [...el.shadowRoot!.querySelectorAll('#summary, .field-error, [role=alert]')].map((e) => e.textContent).join(' ').replace(/\s+/g, ' ') + [...el.shadowRoot!.querySelectorAll('[aria-invalid=true]')].map((e) => ` #${e.id}`).join('');
      await until(`a step after "${heading}"`, () => $(el, '#step-heading')?.textContent !== heading).catch((e: Error) => {
        throw new Error(`${e.message}: ${errors()}`);
      });
      // a step whose code loads on demand shows a loading line until it is there
      await until(`the step after "${heading}" loaded`, () => !$(el, '#part-status'));
    };
    // The report form's first two steps: the last category of the first kind (any extra question answered
    // with its first choice), then "it is happening now".
    const reportFirstSteps = async (el: Element) => {
      await until('the first step', () => $(el, '#kind'));
      click(el, '#kind');
      await until('categories', () => el.shadowRoot!.querySelector('input[name=category]'));
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=category]')];
      radios[radios.length - 1]!.click();
      await new Promise((r) => setTimeout(r, 50));
      for (const group of el.shadowRoot!.querySelectorAll('fieldset[id^=answer-]')) group.querySelector<HTMLInputElement>('input')?.click();
      await next(el);
      click(el, '#now');
      await next(el);
    };
    (window as unknown as { __drive: Driver }).__drive = { until, $, input, click, next, reportFirstSteps };
  });

/** Waits until every widget on the page is defined and shows its content (no loading line). */
export async function widgetsReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('grannskap-') && e.localName !== 'grannskap-provider');
      return all.length > 0 && all.every((e) => customElements.get(e.localName) && (e.shadowRoot?.textContent ?? '').trim().length > 0 && !e.shadowRoot?.querySelector('.status'));
    },
    { timeout: 30_000 },
  );
  await installDriver(page);
}

/**
 * The report form up to its review step: a category, now, a place, a description with one photo (a JPEG
 * drawn on a canvas, through the real file input and upload), and contact details (not anonymous).
 */
export const fillReport = (page: Page, typed: Typed) =>
  page.evaluate(async (t: Typed) => {
    const d = (window as unknown as { __drive: Driver }).__drive;
    const el = document.querySelector('grannskap-report-form') as HTMLElement & { minFillTime: number };
    el.minFillTime = 0;
    await d.reportFirstSteps(el);
    const area = el.shadowRoot!.querySelector<HTMLSelectElement>('#area')!;
    d.input(el, '#area', area.options[1]!.value);
    d.input(el, '#place', t.place);
    await d.next(el);
    // what happened: the description and the photos share a step
    d.input(el, '#description', t.description);
    // photos: one JPEG through the file input, as a picked file arrives
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#3a6';
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = '#fff';
    g.fillRect(100, 100, 200, 120);
    const jpeg = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
    const files = new DataTransfer();
    files.items.add(new File([jpeg], 'lampa.jpg', { type: 'image/jpeg' }));
    // the photo step's code loads once the form is begun
    await d.until('the photo picker', () => el.shadowRoot!.querySelector('input[type=file]'));
    const picker = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    picker.files = files.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await d.until('the photo uploaded', () => el.shadowRoot!.querySelector('.photo--done'));
    await d.next(el);
    // contact: named
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=anonymous]')[1]!.click();
    await d.until('the contact fields', () => d.$(el, '#name'));
    d.input(el, '#name', t.name);
    d.input(el, '#phone', t.phone);
    d.input(el, '#email', t.email);
    // the privacy note is confirmed on the contact step, by a tenant who gives their name
    d.click(el, '#privacy');
    await d.next(el);
  }, typed);

/** Sends the report from the review step; returns the status link the receipt shows. */
export const sendReport = (page: Page) =>
  page.evaluate(async () => {
    const d = (window as unknown as { __drive: Driver }).__drive;
    const el = document.querySelector('grannskap-report-form')!;
    d.click(el, '[part=next]');
    await d.until(`the report receipt (${el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 300)})`, () => d.$(el, '#receipt-heading'));
    return el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=status-link]')!.href;
  });

/** The case-status widget shows the case its link names (`?ref=&token=` on the host page). */
export const caseShown = (page: Page, reference: string) =>
  page.evaluate(async (ref: string) => {
    const d = (window as unknown as { __drive: Driver }).__drive;
    const el = document.querySelector('grannskap-case-status')!;
    await d.until('the case', () => d.$(el, '[part=case]') && el.shadowRoot!.textContent!.includes(ref));
    return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  }, reference);

/** The on-call banner names who to call now and the emergency number. */
export const onCallShown = (page: Page) =>
  page.evaluate(async () => {
    const d = (window as unknown as { __drive: Driver }).__drive;
    const el = document.querySelector('grannskap-on-call')!;
    await d.until('the banner', () => d.$(el, '[part=banner]:not(.on-call--loading)') && d.$(el, '[part=emergency]'));
    return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  });

/** A trivselpeng application from the eligibility questions to its review step, everything confirmed. */
export const fillTrivselpeng = (page: Page, typed: Typed, title: string, date: string) =>
  page.evaluate(
    async (t: Typed, activityTitle: string, day: string) => {
      const d = (window as unknown as { __drive: Driver }).__drive;
      const el = document.querySelector('grannskap-trivselpeng-form') as HTMLElement & { minFillTime: number };
      el.minFillTime = 0;
      await d.until('the eligibility questions', () => el.shadowRoot!.querySelector('fieldset.question'));
      for (const q of el.shadowRoot!.querySelectorAll('fieldset.question')) q.querySelector<HTMLInputElement>('input')!.click();
      await d.next(el);
      // the steps after the questions load on demand
      await d.until('the organiser fields', () => d.$(el, '#name'));
      d.input(el, '#name', t.name);
      d.input(el, '#address', t.address);
      d.input(el, '#phone', t.phone);
      if (d.$(el, '#email')) d.input(el, '#email', t.email);
      d.input(el, '#age', t.age);
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[id^=co-][id$=-name]').forEach((_, i) => {
        d.input(el, `#co-${i + 1}-name`, `${t.coOrganiser} ${i + 1}`);
        d.input(el, `#co-${i + 1}-address`, `${t.address} ${i + 1}`);
      });
      await d.next(el);
      const area = el.shadowRoot!.querySelector<HTMLSelectElement>('#area');
      if (area && !area.value) d.input(el, '#area', area.options[1]!.value);
      d.input(el, '#title', activityTitle);
      d.input(el, '#description', 'Vi grillar på gården och lär känna varandra.');
      d.input(el, '#date', day);
      d.input(el, '#place', 'Gården');
      d.input(el, '#targetGroup', 'Alla i området');
      d.input(el, '#participants', '30');
      await d.next(el);
      d.input(el, '#item-1', 'Korv och bröd');
      d.input(el, '#amount-1', '1 200');
      await d.next(el);
      d.click(el, '#privacy');
      d.click(el, '#truthful');
      await new Promise((r) => setTimeout(r, 50));
    },
    typed,
    title,
    date,
  );

/** Sends the trivselpeng application from its review step and waits for the receipt. */
export const sendTrivselpeng = (page: Page) =>
  page.evaluate(async () => {
    const d = (window as unknown as { __drive: Driver }).__drive;
    const el = document.querySelector('grannskap-trivselpeng-form')!;
    d.click(el, '[part=next]');
    await d.until('the application receipt', () => el.shadowRoot!.querySelector('[part=receipt]'));
  });

/** Browses the calendar to `month` in list view, opens the activity `title` and fills its registration form, without sending it. */
export const fillRegistration = (page: Page, typed: Typed, month: string, title: string) =>
  page.evaluate(
    async (t: Typed, m: string, activityTitle: string) => {
      const d = (window as unknown as { __drive: Driver }).__drive;
      const el = document.querySelector('grannskap-activity-calendar') as HTMLElement & { view: string; month: string };
      el.view = 'list';
      el.month = m;
      const item = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=item]')].find((b) => b.textContent!.includes(activityTitle));
      await d.until(`${activityTitle} in the list`, () => {
        if (!item()) d.$(el, '[part=more]')?.click();
        return item();
      });
      item()!.click();
      await d.until('the register button', () => d.$(el, '[part=register]'));
      d.click(el, '[part=register]');
      await d.until('the registration form', () => d.$(el, '#p0-name'));
      d.input(el, '#p0-name', t.child);
      d.input(el, '#p0-age', '9');
      d.input(el, '#c-name', t.name);
      d.input(el, '#c-phone', t.phone);
      d.click(el, '#consent');
      await new Promise((r) => setTimeout(r, 50));
    },
    typed,
    month,
    title,
  );

/** Opens the activity `title` in the calendar's list for `month`, registers a child for it and waits for the receipt. */
export async function registerForActivity(page: Page, typed: Typed, month: string, title: string): Promise<void> {
  await fillRegistration(page, typed, month, title);
  await page.evaluate(async () => {
    const d = (window as unknown as { __drive: Driver }).__drive;
    const el = document.querySelector('grannskap-activity-calendar')!;
    d.click(el, '[part=submit]');
    await d.until('the registration receipt', () => d.$(el, '[part=receipt]'));
  });
}

/** The month after today's in the organisation's time zone (`YYYY-MM`), and a day two weeks ahead. */
export function dates(): { nextMonth: string; inTwoWeeks: string } {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const [y, m] = today.split('-').map(Number) as [number, number];
  const nextMonth = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const inTwoWeeks = new Date(Date.parse(`${today}T12:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  return { nextMonth, inTwoWeeks };
}
