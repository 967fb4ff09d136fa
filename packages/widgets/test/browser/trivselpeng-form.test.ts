// <grannskap-trivselpeng-form> against the real server: the eligibility check, the whole application by
// keyboard alone, validation at the right fields, budget lines, the draft without personal data, exactly-once
// sending (double click, offline outbox), axe in every state in Swedish and English, and 320 px.
// The follow-up after the activity is in trivselpeng-followup.test.ts.
import { assert, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { pickText } from '@grannskap/contract';
import { createClient } from '@grannskap/sdk';
import { GrannskapErrorEvent } from '../../src/events/error-event.js';
import { GrannskapQueuedEvent, GrannskapSubmittedEvent } from '../../src/events/submitted-event.js';
import type { GrannskapClient } from '../../src/shared/context.js';
import { formatLocalDate } from '../../src/shared/local-date.js';
import { setLocale } from '../../src/shared/localization.js';
import { addWorkingDays } from '@grannskap/contract';
import { API, textOf } from './helpers.js';
import {
  $, $$, active, allYes, applicationsTitled, click, daysAhead, everythingStored, expectErrorAt, fillActivity, fillOrganiser, fillToReview, form, formWithClient,
  heading, input, next, nextByKeyboard, serverSetup, tabTo, today, typeDate, unique,
} from './trivselpeng-helpers.js';

describe('grannskap-trivselpeng-form', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(async () => {
    await setLocale('sv');
  });

  it('is defined by its define module, idempotently', async () => {
    const { GrannskapTrivselpengForm } = await import('../../src/trivselpeng-form/trivselpeng-form.js');
    expect(customElements.get('grannskap-trivselpeng-form')).to.equal(GrannskapTrivselpengForm);
    await import('../../src/grannskap-trivselpeng-form.js');
    expect(customElements.get('grannskap-trivselpeng-form')).to.equal(GrannskapTrivselpengForm);
  });

  it('stops early after a "no", says why and what to do instead, and lets the answers be changed', async () => {
    const { config } = await serverSetup();
    const rules = config.limits.trivselpeng.rules;
    const el = await form();
    expect(heading(el)).to.equal('Kan du söka trivselpeng?');
    expect($$(el, 'fieldset.question').length).to.equal(rules.length);
    assert.isNull($(el, '#name'), 'the long form shows before the check');
    await expect(el).to.be.accessible();

    // unanswered: an error summary, one line per question
    click(el, '[part=next]');
    await waitUntil(() => $(el, '#summary'));
    expect($$(el, '#summary li').length).to.equal(rules.length);
    expect(active(el)?.id).to.equal('summary');
    await expect(el).to.be.accessible();

    const alcohol = rules.find((r) => r.code === 'no_alcohol') ?? rules[rules.length - 1]!;
    await allYes(el);
    $$<HTMLInputElement>(el, `#rule-${alcohol.code} input`)[1]!.click();
    await el.updateComplete;
    click(el, '[part=next]');
    await waitUntil(() => $(el, '[part=ineligible]'), 'no explanation after a no');
    expect(active(el)?.id).to.equal('ineligible-heading');
    const text = textOf(el);
    expect(text).to.contain(pickText(alcohol.text, 'sv').text);
    expect(text).to.contain(pickText(alcohol.otherwise, 'sv').text);
    for (const other of rules.filter((r) => r !== alcohol)) expect(text).not.to.contain(pickText(other.otherwise, 'sv').text);
    assert.isNull($(el, '#name'), 'a no still led to the form');
    await expect(el).to.be.accessible();

    click(el, '[part=back]');
    await waitUntil(() => $(el, 'fieldset.question'));
    expect(active(el)).to.equal($$(el, `#rule-${alcohol.code} input`)[0]);
    $$<HTMLInputElement>(el, `#rule-${alcohol.code} input`)[0]!.click();
    await next(el, 'Arrangör');
    const progress = $(el, '[part=progress]')!;
    expect(progress.localName).to.equal('ol');
    expect(progress.querySelector('[aria-current=step]')!.textContent).to.contain('Arrangör');
  });

  it('goes through the whole application by keyboard alone and stores it with the right fields', async () => {
    const { config, area } = await serverSetup();
    const t = config.limits.trivselpeng;
    const title = unique('Grillkväll');
    const date = daysAhead(10);
    const el = await form();
    const submitted = oneEvent(el, GrannskapSubmittedEvent.eventName);

    for (const rule of t.rules) {
      await tabTo(el, `#rule-${rule.code} input`);
      await sendKeys({ press: 'Space' });
    }
    await nextByKeyboard(el, 'Arrangör');
    expect(active(el)?.id).to.equal('step-heading');

    await tabTo(el, '#name');
    await sendKeys({ type: 'Kim Tangentsson' });
    await tabTo(el, '#address');
    await sendKeys({ type: 'Fröslundavägen 31' });
    await tabTo(el, '#phone');
    await sendKeys({ type: '070-123 45 67' });
    await tabTo(el, '#age');
    await sendKeys({ type: '41' });
    for (let i = 1; i <= t.coOrganisersRequired; i++) {
      await tabTo(el, `#co-${i}-name`);
      await sendKeys({ type: `Granne ${i}` });
      await tabTo(el, `#co-${i}-address`);
      await sendKeys({ type: `Björkgatan ${i * 2}` });
    }
    await nextByKeyboard(el, 'Aktiviteten');

    await tabTo(el, '#title');
    await sendKeys({ type: title });
    await tabTo(el, '#description');
    await sendKeys({ type: 'Vi grillar på gården och lär känna varandra.' });
    await tabTo(el, '#date');
    await typeDate(date);
    await tabTo(el, '#place');
    await sendKeys({ type: 'Gården' });
    await tabTo(el, '#targetGroup');
    await sendKeys({ type: 'Alla i området' });
    await tabTo(el, '#participants');
    await sendKeys({ type: '40' });
    await nextByKeyboard(el, 'Budget');

    await tabTo(el, '#item-1');
    await sendKeys({ type: 'Korv och bröd' });
    await tabTo(el, '#amount-1');
    await sendKeys({ type: '1 200' });
    await tabTo(el, '#add-line');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'item-2', 'the new line did not get focus');
    await sendKeys({ type: 'Saft' });
    await tabTo(el, '#amount-2');
    await sendKeys({ type: '300' });
    expect($(el, '.sum')!.textContent).to.equal(new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(1500));
    await nextByKeyboard(el, 'Granska');

    expect(textOf(el)).to.contain(title);
    expect(textOf(el)).to.contain(formatLocalDate(addWorkingDays(today(), t.decisionDays), 'sv'));
    await tabTo(el, '#privacy');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '#truthful');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '[part=next]');
    await sendKeys({ press: 'Enter' });

    const event = await submitted;
    expect(event.detail.kind).to.equal('trivselpeng');
    await waitUntil(() => $(el, '[part=receipt]'), 'no receipt');
    expect(active(el)?.id).to.equal('receipt-heading');
    expect(textOf(el)).to.contain(event.detail.reference);
    const link = new URL($<HTMLAnchorElement>(el, '[part=status-link]')!.href);
    expect(link.searchParams.get('ref')).to.equal(event.detail.reference);
    expect(link.searchParams.get('token')).to.have.length.greaterThan(20);

    const stored = await applicationsTitled(title);
    expect(stored).to.have.length(1);
    const app = stored[0]!;
    expect(app.reference).to.equal(event.detail.reference);
    expect(app.area).to.equal(area);
    expect(app.applicant).to.deep.include({ name: 'Kim Tangentsson', address: 'Fröslundavägen 31', phone: '070-123 45 67', age: 41 });
    expect(app.coOrganisers).to.have.length(t.coOrganisersRequired);
    expect(app.activity).to.deep.include({ date, place: 'Gården', targetGroup: 'Alla i området', expectedParticipants: 40 });
    expect(app.budget).to.deep.equal([{ item: 'Korv och bröd', amount: 1200 }, { item: 'Saft', amount: 300 }]);
    expect(app.requestedTotal).to.equal(1500);
    // the date a decision can be expected: the server's, the same working days the widget counts
    const decisionBy = addWorkingDays(app.createdAt.slice(0, 10), t.decisionDays);
    expect($(el, '[part=decision]')!.textContent).to.contain(formatLocalDate(decisionBy, 'sv'));
    await expect(el).to.be.accessible();
    // nothing of the application is left in storage once it is sent
    expect(await everythingStored()).not.to.contain('Tangentsson');
    expect(await everythingStored()).not.to.contain(title);
  });

  it('puts budget, amount and date problems at the right fields', async () => {
    const { config } = await serverSetup();
    const max = config.limits.trivselpeng.maxAmount;
    const el = await form();
    await allYes(el);
    await next(el, 'Arrangör');
    await fillOrganiser(el);
    await next(el, 'Aktiviteten');
    await fillActivity(el, unique('Fel'), daysAhead(-1));
    input(el, '#participants', 'många');
    await next(el);
    expect(heading(el)).to.equal('Aktiviteten');
    expectErrorAt(el, 'date', 'Datumet har redan varit');
    expectErrorAt(el, 'participants', 'Skriv en siffra');
    expect(active(el)?.id).to.equal('summary');
    await expect(el).to.be.accessible();
    input(el, '#date', today());
    input(el, '#participants', '12');
    await next(el, 'Budget');

    // empty lines, then negative, non-numeric and decimal amounts
    click(el, '#add-line');
    await el.updateComplete;
    await next(el);
    expectErrorAt(el, 'item-1', 'Du behöver fylla i');
    expectErrorAt(el, 'amount-1', 'Du behöver fylla i');
    expectErrorAt(el, 'item-2', 'Du behöver fylla i');
    expectErrorAt(el, 'amount-2', 'Du behöver fylla i');
    click(el, '#add-line');
    await el.updateComplete;
    input(el, '#item-1', 'Buss');
    input(el, '#amount-1', '-200');
    input(el, '#item-2', 'Mat');
    input(el, '#amount-2', 'tusen');
    input(el, '#item-3', 'Saft');
    input(el, '#amount-3', '99,50');
    await next(el);
    expectErrorAt(el, 'amount-1', 'mer än 0 kronor');
    expectErrorAt(el, 'amount-2', 'med siffror');
    expectErrorAt(el, 'amount-3', 'hela kronor');
    expect($(el, '#item-1')!.getAttribute('aria-invalid')).to.equal(null);
    await expect(el).to.be.accessible();

    // over the cap: a clear message at the total while typing and after Next
    input(el, '#amount-1', String(max));
    input(el, '#amount-2', '1');
    input(el, '#amount-3', '0,00');
    await el.updateComplete;
    expect($(el, '[part=total]')!.className).to.contain('total--over');
    expect(textOf(el)).to.contain('Det är mer än');
    input(el, '#amount-3', '1');
    await next(el);
    expect(heading(el)).to.equal('Budget');
    expectErrorAt(el, 'total', 'Ni kan söka högst');
    $<HTMLAnchorElement>(el, '#summary a[href="#total"]')!.click();
    expect(active(el)?.id).to.equal('total');
    await expect(el).to.be.accessible();
    input(el, '#amount-1', '1 000');
    await next(el, 'Granska');
  });

  it('adds and removes budget lines with focus where it makes sense and a live total', async () => {
    const el = await form();
    await allYes(el);
    await next(el, 'Arrangör');
    await fillOrganiser(el);
    await next(el, 'Aktiviteten');
    await fillActivity(el, unique('Rader'));
    await next(el, 'Budget');
    input(el, '#item-1', 'Ett');
    input(el, '#amount-1', '100');
    for (const [item, amount] of [['Två', '200'], ['Tre', '300']]) {
      click(el, '#add-line');
      await el.updateComplete;
      await el.updateComplete;
      const n = $$(el, '.lines > li').length;
      expect(active(el)?.id).to.equal(`item-${n}`);
      input(el, `#item-${n}`, item!);
      input(el, `#amount-${n}`, amount!);
    }
    await el.updateComplete;
    expect($(el, '.sum')!.textContent!.replace(/\s/g, '')).to.equal('600kr');
    // removing the middle line: focus goes to the line that took its place
    $$<HTMLButtonElement>(el, '.lines .remove')[1]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)?.id).to.equal('item-2');
    expect($<HTMLInputElement>(el, '#item-2')!.value).to.equal('Tre');
    expect($(el, '.sum')!.textContent!.replace(/\s/g, '')).to.equal('400kr');
    // removing the last line: focus goes to the one before
    $$<HTMLButtonElement>(el, '.lines .remove')[1]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)?.id).to.equal('item-1');
    expect($$(el, '.lines .remove')).to.have.length(0);

    // back to the start and forward again: everything typed is still there, personal fields included
    click(el, '[part=back]');
    await waitUntil(() => heading(el) === 'Aktiviteten');
    click(el, '[part=back]');
    await waitUntil(() => heading(el) === 'Arrangör');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Amina Applicantsson');
    expect($<HTMLInputElement>(el, '#co-1-address')!.value).to.equal('Björkgatan 10');
    await next(el, 'Aktiviteten');
    expect($<HTMLInputElement>(el, '#participants')!.value).to.equal('30');
    await next(el, 'Budget');
    expect($<HTMLInputElement>(el, '#item-1')!.value).to.equal('Ett');
    expect($<HTMLInputElement>(el, '#amount-1')!.value).to.equal('100');
  });

  it('keeps the non-personal draft over a reload and never stores personal data anywhere', async () => {
    const title = unique('Utkast');
    const el = await form();
    await allYes(el);
    await next(el, 'Arrangör');
    await fillOrganiser(el, { name: 'Hemlig Hemligsson', phone: '070-999 88 77', email: 'hemlig@example.com' });
    await next(el, 'Aktiviteten');
    await fillActivity(el, title);
    await next(el, 'Budget');
    input(el, '#item-1', 'Grillkol');
    input(el, '#amount-1', '250');
    await el.updateComplete;
    expect($(el, '[part=saved]')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part=saved]')!.textContent).to.contain('Sparat');

    const stored = await everythingStored();
    expect(stored).to.contain(title);
    expect(stored).to.contain('Grillkol');
    for (const secret of ['Hemlig', '999 88 77', 'hemlig@example.com', 'Fröslundavägen', 'Granne 1', 'Björkgatan']) expect(stored, secret).not.to.contain(secret);

    // a reload (a new element on a fresh page state): the budget step again, the activity kept, the person not
    el.remove();
    const again = await form();
    await waitUntil(() => heading(again) === 'Budget', `not back on the budget step: ${heading(again)}`);
    expect($<HTMLInputElement>(again, '#item-1')!.value).to.equal('Grillkol');
    expect($<HTMLInputElement>(again, '#amount-1')!.value).to.equal('250');
    expect(textOf(again)).to.contain('Dina personuppgifter sparas aldrig');
    click(again, '[part=back]');
    await waitUntil(() => heading(again) === 'Aktiviteten');
    expect($<HTMLInputElement>(again, '#title')!.value).to.equal(title);
    click(again, '[part=back]');
    await waitUntil(() => heading(again) === 'Arrangör');
    expect($<HTMLInputElement>(again, '#name')!.value).to.equal('');
    expect($<HTMLInputElement>(again, '#phone')!.value).to.equal('');
    // going on from the restored step sends the applicant back to the empty personal fields
    click(again, '[part=next]');
    await waitUntil(() => $(again, '#summary'));
    expect($(again, '#name')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('stores one application when send is clicked twice', async () => {
    const title = unique('Dubbelklick');
    const el = await form();
    await fillToReview(el, title);
    const send = $<HTMLButtonElement>(el, '[part=next]')!;
    send.click();
    send.click();
    await waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });
    expect(await applicationsTitled(title)).to.have.length(1);
  });

  it('keeps the application in the outbox while offline and sends it exactly once when back online', async () => {
    let offline = false;
    const client: GrannskapClient = createClient({
      baseUrl: API,
      retry: 0,
      fetch: (request, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(request, init)),
    });
    const el = await formWithClient(client);
    const title = unique('Offline');
    await fillToReview(el, title);

    offline = true;
    const queued = oneEvent(el, GrannskapQueuedEvent.eventName);
    click(el, '[part=next]');
    expect((await queued).detail.kind).to.equal('trivselpeng');
    await waitUntil(() => $(el, '[part=queued]'));
    // The fetch failed while the browser says it is online: it was the server, not the internet.
    expect(textOf(el)).to.contain('Vi kunde inte nå servern. Det du skrev är sparat och skickas automatiskt.');
    await expect(el).to.be.accessible();
    expect(await applicationsTitled(title)).to.have.length(0);

    offline = false;
    const submitted = oneEvent(el, GrannskapSubmittedEvent.eventName);
    window.dispatchEvent(new Event('online'));
    await submitted;
    await client.outbox!.flush();
    await waitUntil(() => $(el, '[part=receipt]'), 'the receipt did not replace the saved message');
    expect(await applicationsTitled(title)).to.have.length(1);
  });

  it('without an outbox, a failed send says so, fires grannskap-error, and the retry stores exactly one', async () => {
    let offline = false;
    const client: GrannskapClient = createClient({
      baseUrl: API,
      outbox: false,
      retry: 0,
      fetch: (request, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(request, init)),
    });
    const el = await formWithClient(client);
    const title = unique('Utan utkorg');
    await fillToReview(el, title);
    offline = true;
    const failed = oneEvent(el, GrannskapErrorEvent.eventName);
    click(el, '[part=next]');
    expect((await failed).detail.source).to.equal('grannskap-trivselpeng-form');
    await waitUntil(() => $(el, '#send-failed'));
    expect(active(el)?.id).to.equal('send-failed');
    expect(await applicationsTitled(title)).to.have.length(0);
    await expect(el).to.be.accessible();
    offline = false;
    click(el, '[part=next]');
    await waitUntil(() => $(el, '[part=receipt]'), 'no receipt after the retry', { timeout: 10000 });
    expect(await applicationsTitled(title)).to.have.length(1);
  });

  it('shows a bot a receipt and stores nothing when the honeypot is filled', async () => {
    const title = unique('Honungsfälla');
    const el = await form();
    await fillToReview(el, title);
    input(el, '#website', 'https://spam.example');
    click(el, '[part=next]');
    await waitUntil(() => $(el, '[part=receipt]'));
    expect(await applicationsTitled(title)).to.have.length(0);
  });

  for (const lang of ['sv', 'en']) {
    it(`passes axe in every step, with errors and on the receipt (${lang})`, async () => {
      const el = await form({ lang });
      await waitUntil(() => (lang === 'en' ? heading(el).startsWith('Can you') : true));
      await expect(el, 'eligibility').to.be.accessible();
      click(el, '[part=next]');
      await waitUntil(() => $(el, '#summary'));
      await expect(el, 'eligibility with errors').to.be.accessible();
      await allYes(el);
      $$<HTMLInputElement>(el, 'fieldset.question:first-of-type input')[1]!.click();
      click(el, '[part=next]');
      await waitUntil(() => $(el, '[part=ineligible]'));
      await expect(el, 'a no').to.be.accessible();
      click(el, '[part=back]');
      await waitUntil(() => $(el, 'fieldset.question'));
      $$<HTMLInputElement>(el, 'fieldset.question:first-of-type input')[0]!.click();
      click(el, '[part=next]');
      await waitUntil(() => $(el, '#name'));
      for (const step of ['organiser', 'activity', 'budget']) {
        await expect(el, `${step} empty`).to.be.accessible();
        click(el, '[part=next]');
        await waitUntil(() => $(el, '#summary'));
        await expect(el, `${step} with errors`).to.be.accessible();
        if (step === 'organiser') await fillOrganiser(el);
        if (step === 'activity') await fillActivity(el, unique('axe'));
        if (step === 'budget') {
          input(el, '#item-1', 'Saft');
          input(el, '#amount-1', '100');
        }
        const before = heading(el);
        click(el, '[part=next]');
        await waitUntil(() => heading(el) !== before, `stuck on ${before}`);
      }
      if (lang === 'en') expect($(el, '[aria-current=step]')!.textContent).to.contain('Check and send');
      await expect(el, 'review').to.be.accessible();
      click(el, '#privacy');
      click(el, '#truthful');
      click(el, '[part=next]');
      await waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });
      await expect(el, 'receipt').to.be.accessible();
    });
  }

  it('has no horizontal scroll at 320 px in any step', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await form();
      const check = (what: string) => {
        assert.isAtMost(document.documentElement.scrollWidth, 320, `page scrolls sideways (${what})`);
        assert.isAtMost(el.scrollWidth, el.clientWidth, `form scrolls sideways (${what})`);
      };
      check('eligibility');
      await fillToReview(el, unique('Smal skärm'));
      check('review');
      for (const step of ['budget', 'activity', 'organiser']) {
        click(el, '[part=back]');
        await waitUntil(() => heading(el) !== 'Granska och skicka');
        await el.updateComplete;
        check(step);
      }
      for (let i = 0; i < 3; i++) await next(el);
      click(el, '[part=next]');
      await waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });
      check('receipt');
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });
});
