// The report form's address combobox (ARIA 1.2 editable combobox with list autocomplete) against the
// real server's address search: roles and states, keys, the announced number of hits, the area filter,
// free text when nothing matches, stale answers ignored, axe in Swedish and English, 320 px.
import { assert, expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient } from '@grannskap/sdk';
import type { Address } from '@grannskap/contract';
import type { GrannskapClient } from '../../src/shared/context.js';
import { setLocale } from '../../src/shared/localization.js';
import type { GrannskapReportForm } from '../../src/report-form/report-form.js';
import { API } from './helpers.js';
import { $, active, fillToReview, form, formWithClient, publicClient, reportsWith, simpleCategory, unique } from './report-form-helpers.js';

const box = (el: GrannskapReportForm) => $<HTMLInputElement>(el, '#place')!;
const status = (el: GrannskapReportForm) => $(el, '#place-status')!.textContent!.trim();
const optionIds = (el: GrannskapReportForm) => [...el.shadowRoot!.querySelectorAll('#place-listbox [role=option]')].map((o) => o.id);
const expanded = (el: GrannskapReportForm) => box(el).getAttribute('aria-expanded') === 'true';
const streetName = (a: Address) => a.street.replace(/\s+\S+$/, '');

/** Fills the form to the review step, then goes back to "where" with the place box focused and empty. */
async function atWhere(el: GrannskapReportForm, description = unique('Adress')): Promise<void> {
  await fillToReview(el, description);
  $<HTMLButtonElement>(el, '.review-row:nth-child(3) button')!.click();
  await waitUntil(() => $(el, '#place'));
  box(el).focus();
  await sendKeys({ press: 'Escape' });
  await el.updateComplete;
  expect(box(el).value, 'Escape on a closed list did not clear the text').to.equal('');
}

async function typeAndWait(el: GrannskapReportForm, text: string, open = true): Promise<void> {
  await sendKeys({ type: text });
  if (open) await waitUntil(() => expanded(el), `no list for "${text}"`, { timeout: 5000 });
  else await waitUntil(() => status(el) !== '', `no status for "${text}"`, { timeout: 5000 });
}

describe('grannskap-report-form address combobox', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setLocale('sv');
  });

  it('is a combobox with a listbox, moves with the arrows (wrapping), chooses with Enter and announces the hits', async () => {
    const { area } = await simpleCategory();
    const { items } = await publicClient.addresses.search({ area, limit: 100 });
    const street = streetName(items[0]!);
    // What the widget should list: the same search, in the same area.
    const { items: matching } = await publicClient.addresses.search({ q: street, area, limit: 10 });
    expect(matching.length, 'the test needs a street with several numbers').to.be.greaterThan(2);
    const el = await form();
    await atWhere(el);
    const input = box(el);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const listbox = $(el, `#${input.getAttribute('aria-controls')}`)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect($(el, `#${listbox.getAttribute('aria-labelledby')}`)!.textContent).to.contain('Adress eller plats');

    await typeAndWait(el, street);
    expect(optionIds(el)).to.deep.equal(matching.map((a) => `place-option-${a.id}`));
    expect(status(el)).to.equal(`${matching.length} adresser hittades. Välj med pil upp eller ned och Enter.`);
    expect($(el, '#place-status')!.getAttribute('role')).to.equal('status');
    assert.isFalse(input.hasAttribute('aria-activedescendant'), 'an option was active before an arrow key');
    expect(active(el), 'focus left the input').to.equal(input);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(optionIds(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant'), 'ArrowUp from the first option did not wrap').to.equal(optionIds(el).at(-1));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant'), 'ArrowDown from the last option did not wrap').to.equal(optionIds(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role=option][aria-selected=true]')).to.have.length(1);
    expect(active(el)).to.equal(input);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.equal(matching[1]!.street);
    expect(expanded(el)).to.equal(false);
    assert.isFalse(input.hasAttribute('aria-activedescendant'));
    // addressId is not personal data: it is kept in the draft with the visible text.
    expect(JSON.stringify({ ...localStorage })).to.contain(matching[1]!.id);
  });

  it('closes with Escape and clears with a second Escape, and Tab leaves without choosing', async () => {
    const { area } = await simpleCategory();
    const { items } = await publicClient.addresses.search({ area, limit: 1 });
    const el = await form();
    await atWhere(el);
    await typeAndWait(el, streetName(items[0]!));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(expanded(el)).to.equal(false);
    expect(box(el).value).to.equal(streetName(items[0]!));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(box(el).value).to.equal('');

    await typeAndWait(el, streetName(items[0]!));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(active(el)?.id, 'Tab did not move on').to.equal('placeDetail');
    expect(expanded(el)).to.equal(false);
    expect(box(el).value, 'Tab chose an option').to.equal(streetName(items[0]!));
  });

  it('searches only the chosen area and keeps free text when nothing matches', async () => {
    const { area } = await simpleCategory();
    const areas = (await publicClient.areas.list()).items;
    const elsewhere = areas.find((a) => a.id !== area)!;
    const { items: there } = await publicClient.addresses.search({ area: elsewhere.id, limit: 100 });
    const { items: here } = await publicClient.addresses.search({ area, limit: 100 });
    const onlyThere = there.find((a) => !here.some((h) => streetName(h) === streetName(a)))!;
    const description = unique('Fri text');
    const el = await form();
    await atWhere(el, description);
    await typeAndWait(el, streetName(onlyThere), false);
    expect(expanded(el)).to.equal(false);
    expect(status(el)).to.equal('Ingen adress hittades. Du kan skriva platsen med egna ord.');
    await sendKeys({ type: ', vid lekplatsen' });
    for (let i = 0; i < 10 && !$(el, '.review'); i++) {
      $<HTMLButtonElement>(el, '[part=next]')!.click();
      await el.updateComplete;
    }
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 15000 });
    const [report] = await reportsWith(description);
    expect(report?.place).to.equal(`${streetName(onlyThere)}, vid lekplatsen`);
    expect(report?.addressId ?? undefined).to.equal(undefined);
  });

  it('shows the answer to the newest search even when an older one arrives later', async () => {
    const { area } = await simpleCategory();
    const { items } = await publicClient.addresses.search({ area, limit: 100 });
    const first = streetName(items[0]!);
    const second = items.map(streetName).find((s) => s !== first)!;
    let holdNext = false;
    let open: (() => void) | undefined;
    let staleSettled = false;
    const searches: string[] = [];
    const client: GrannskapClient = createClient({
      baseUrl: API,
      fetch: async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        if (url.pathname.endsWith('/v1/addresses')) {
          searches.push(url.searchParams.get('q') ?? '');
          if (holdNext) {
            holdNext = false;
            await new Promise<void>((resolve) => (open = resolve));
            try {
              return await fetch(input, init);
            } finally {
              staleSettled = true;
            }
          }
        }
        return fetch(input, init);
      },
    });
    const el = await formWithClient(client);
    await atWhere(el);
    holdNext = true;
    await sendKeys({ type: first.slice(0, 3) });
    await waitUntil(() => open, 'the first search was not sent', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: second });
    await waitUntil(() => expanded(el), 'no list for the second search', { timeout: 5000 });
    const newest = optionIds(el);
    expect(searches.length).to.be.at.least(2);
    open!();
    // The stale request has finished (answered or aborted); what follows it runs in microtasks, done
    // before the next task.
    await waitUntil(() => staleSettled, 'the held search never finished', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(optionIds(el)).to.deep.equal(newest);
    expect(box(el).value).to.equal(second);
  });

  for (const lang of ['sv', 'en']) {
    it(`passes axe with the list open and an option active, fits 320 px, and shows focus (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { area } = await simpleCategory();
        const { items } = await publicClient.addresses.search({ area, limit: 1 });
        const el = await form({ lang });
        await atWhere(el);
        const style = getComputedStyle(box(el));
        expect(style.outlineStyle, 'no visible focus on the combobox').to.equal('solid');
        await typeAndWait(el, streetName(items[0]!));
        if (lang === 'en') expect(status(el)).to.match(/address(es)? found/);
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await expect(el).to.be.accessible();
        assert.isAtMost(document.documentElement.scrollWidth, 320, 'page scrolls sideways with the list open');
        assert.isAtMost(el.scrollWidth, el.clientWidth, 'form scrolls sideways with the list open');
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });
  }
});
