// The report form asks what the server requires and checks it with the server's own rule (issue 19):
// every demo category goes through with the least a tenant can give; yes/no questions are two radio
// buttons; a question with one possible answer is not asked; the date only when it is not happening now;
// "Ändra" comes straight back; privacy only for a named report; the receipt survives a reload; a problem
// only the server can find lands on its field with its own message, and the summary links only to
// controls that are there. All against the real server, by accessible names.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@grannskap/sdk';
import { FIELD_ISSUE_CODES, pickText } from '@grannskap/contract';
import type { Category } from '@grannskap/contract';
import type { GrannskapReportForm } from '../../src/report-form/report-form.js';
import { messageFor } from '../../src/report-form/validation.js';
import { requiredMessage } from '../../src/shared/field-messages.js';
import { uploadStatus } from '../../src/shared/photos/index.js';
import { API, textOf } from './helpers.js';
import { $, active, changeButton, check, formWithClient, input, next, publicClient, reportsWith, stepTitleOf, unique } from './report-form-helpers.js';

/** The radio or checkbox whose label reads `name` (inside `within`, a fieldset found by its legend, when given). */
function choice(el: GrannskapReportForm, name: string, within?: string): HTMLInputElement {
  const root = within ? fieldsetByLegend(el, within) : el.shadowRoot!;
  const label = [...root.querySelectorAll('label.choice')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim().replace(/ \*$/, '') === name);
  if (!label) throw new Error(`no choice "${name}"${within ? ` in "${within}"` : ''}`);
  return label.querySelector('input')!;
}
function fieldsetByLegend(el: GrannskapReportForm, legend: string): HTMLFieldSetElement {
  const set = [...el.shadowRoot!.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').replace('*', '').trim() === legend);
  if (!set) throw new Error(`no question "${legend}"`);
  return set;
}
const sv = (text: Category['name']): string => pickText(text, 'sv').text;
const KIND_NAMES: Record<Category['kind'], string> = {
  disturbance: 'Störning, till exempel ljud eller bråk',
  damage: 'Fel eller skada',
  unsafe_place: 'En plats som känns otrygg',
  other: 'Något annat',
};

async function mount(attrs: { area: string }): Promise<GrannskapReportForm> {
  const el = await fixture<GrannskapReportForm>(html`<grannskap-report-form api-base=${API} area=${attrs.area} lang="sv"></grannskap-report-form>`);
  el.minFillTime = 0;
  await waitUntil(() => $(el, '#kind'), 'the form did not appear', { timeout: 10000 });
  return el;
}

/** Chooses the category by its names, as a tenant reads them; a kind with one category asks nothing more. */
async function chooseCategory(el: GrannskapReportForm, category: Category): Promise<void> {
  choice(el, KIND_NAMES[category.kind]).click();
  await el.updateComplete;
  if (el.shadowRoot!.querySelector('input[name=category]')) choice(el, sv(category.name)).click();
  await el.updateComplete;
}

/** The least a tenant can give: every required question answered with its first choice ("Ja" for yes/no), nothing optional. */
async function answerLeast(el: GrannskapReportForm, category: Category): Promise<void> {
  for (const field of category.fields.filter((f) => f.required)) {
    const legend = sv(field.label);
    if (field.type === 'boolean') choice(el, 'Nej', legend).click();
    else if (field.values?.length) choice(el, sv(field.values[0]!.name), legend).click();
    else input(el, `#answer-${field.code}`, '1');
    await el.updateComplete;
  }
}

/** By accessible names to the contact step: the category, its least answers, happening now, a place and `description`. */
async function toContact(el: GrannskapReportForm, category: Category, description: string): Promise<void> {
  await chooseCategory(el, category);
  await answerLeast(el, category);
  await next(el);
  choice(el, 'Ja, det händer nu').click();
  await next(el);
  input(el, '#place', 'Gården');
  await next(el);
  input(el, '#description', description);
  await next(el);
  expect(stepTitleOf(el), category.code).to.equal('Hur når vi dig?');
}

const waitForReceipt = (el: GrannskapReportForm) => waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });

describe('report form: what the server requires is asked and checked in the form', () => {
  let categories: Category[];
  let area: string;
  before(async () => {
    categories = (await publicClient.categories.list()).items;
    area = (await publicClient.areas.list()).items[0]!.id;
  });
  beforeEach(() => localStorage.clear());

  it('sends every demo category with the least the form lets a tenant give', async () => {
    const refused: string[] = [];
    for (const category of categories) {
      const el = await mount({ area });
      const description = unique(`Minst ${category.code}`);
      await toContact(el, category, description);
      await next(el);
      expect(stepTitleOf(el), category.code).to.equal('Kontrollera och skicka');
      $<HTMLButtonElement>(el, '[part=next]')!.click();
      await waitUntil(() => $(el, '[part=receipt]') || $(el, '#summary') || $(el, '#send-failed'), `${category.code}: no answer`, { timeout: 10000 });
      if (!$(el, '[part=receipt]')) refused.push(`${category.code}: ${textOf(el).slice(0, 200)}`);
      else {
        const [stored] = await reportsWith(description);
        expect(stored?.category, category.code).to.equal(category.code);
        for (const field of category.fields.filter((f) => f.required)) expect(stored!.answers, `${category.code}.${field.code}`).to.have.property(field.code);
      }
      el.remove();
      localStorage.clear();
    }
    expect(refused, 'categories the server refused').to.deep.equal([]);
  });

  it('asks a yes/no question with two radio buttons, neither chosen, and checks it before sending', async () => {
    const category = categories.find((c) => c.fields.some((f) => f.type === 'boolean' && f.required))!;
    const question = category.fields.find((f) => f.type === 'boolean')!;
    const el = await mount({ area });
    await chooseCategory(el, category);
    const set = fieldsetByLegend(el, sv(question.label));
    const radios = [...set.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(['Ja', 'Nej']);
    expect(radios.some((r) => r.checked), 'no default').to.equal(false);
    expect(set.querySelector('input[type=checkbox]')).to.equal(null);
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#summary'));
    expect($(el, `#answer-${question.code}-error`)!.textContent).to.equal('Svara ja eller nej.');
    expect(stepTitleOf(el)).to.equal('Vad vill du anmäla?');
    // the summary's link lands on the question's first choice
    $<HTMLAnchorElement>(el, '#summary a')!.click();
    expect(active(el)).to.equal(radios[0]);
    choice(el, 'Nej', sv(question.label)).click();
    await el.updateComplete;
    expect($(el, `#answer-${question.code}-error`)).to.equal(null);
    await next(el);
    expect(stepTitleOf(el)).to.equal('När hände det?');
    await expect(el).to.be.accessible();
  });

  it('does not ask what has one answer: a kind with one category chooses it', async () => {
    const single = categories.find((c) => categories.filter((d) => d.kind === c.kind).length === 1);
    expect(single, 'the demo data has a kind with one category').to.not.equal(undefined);
    const el = await mount({ area });
    choice(el, KIND_NAMES[single!.kind]).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input[name=category]'), 'a choice of one is asked').to.equal(null);
  });

  it('asks for the date and time only when it is not happening now', async () => {
    const category = categories.find((c) => c.fields.length === 0)!;
    const el = await mount({ area });
    await chooseCategory(el, category);
    await next(el);
    expect($(el, '#date'), 'no date before the answer').to.equal(null);
    choice(el, 'Ja, det händer nu').click();
    await el.updateComplete;
    expect($(el, '#date')).to.equal(null);
    choice(el, 'Nej').click();
    await waitUntil(() => $(el, '#date'), 'no date for something that is not happening now');
    expect($(el, '#time')).to.not.equal(null);
    choice(el, 'Ja, det händer nu').click();
    await el.updateComplete;
    expect($(el, '#date')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses a time that has not come yet at its field, before sending', async () => {
    const category = categories.find((c) => c.fields.length === 0)!;
    const el = await mount({ area });
    await chooseCategory(el, category);
    await next(el);
    choice(el, 'Nej').click();
    await waitUntil(() => $(el, '#date'));
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    input(el, '#date', tomorrow);
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#date-error'));
    expect($(el, '#date-error')!.textContent).to.equal('Den tiden har inte varit än. Skriv när det hände.');
  });

  it('"Ändra" on the review goes to the step and straight back to the review', async () => {
    const category = categories.find((c) => c.fields.length === 0)!;
    const el = await mount({ area });
    await toContact(el, category, 'Första');
    await next(el);
    changeButton(el, 'Var').click();
    await waitUntil(() => $(el, '#place'));
    expect($(el, '[part=back]'), 'no way sideways while changing').to.equal(null);
    expect($(el, '[part=next]')!.textContent!.trim()).to.equal('Spara och gå tillbaka');
    input(el, '#place', 'Lekplatsen');
    await next(el);
    expect(stepTitleOf(el)).to.equal('Kontrollera och skicka');
    expect(textOf(el)).to.contain('Lekplatsen');
    expect(active(el)?.id).to.equal('step-heading');
  });

  it('asks to confirm the privacy note only of a named report', async () => {
    const category = categories.find((c) => c.fields.length === 0)!;
    const el = await mount({ area });
    await toContact(el, category, unique('Integritet'));
    expect($(el, '#privacy'), 'anonymous: nothing to confirm').to.equal(null);
    choice(el, 'Ja, här är mina kontaktuppgifter').click();
    await el.updateComplete;
    expect($(el, '#privacy')).to.not.equal(null);
    input(el, '#name', 'Ann Test');
    input(el, '#phone', '070-123 45 67');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#privacy-error'));
    expect($(el, '#privacy-error')!.textContent).to.contain('kryssa i');
    // back to anonymous: the question and its error go
    choice(el, 'Nej, jag vill vara anonym').click();
    await el.updateComplete;
    expect($(el, '#privacy')).to.equal(null);
    await next(el);
    const description = $(el, '.review')!.textContent!;
    expect(description).to.contain('Anonym');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitForReceipt(el);
  });

  it('shows the receipt again after a reload, with no personal data in storage, until a new report is begun', async () => {
    const category = categories.find((c) => c.fields.length === 0)!;
    const el = await mount({ area });
    const description = unique('Efter omladdning');
    await toContact(el, category, description);
    choice(el, 'Ja, här är mina kontaktuppgifter').click();
    await el.updateComplete;
    input(el, '#name', 'Hemlig Hemligsson');
    input(el, '#phone', '070-999 88 77');
    check(el, '#privacy');
    await next(el);
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitForReceipt(el);
    const reference = $(el, '.reference')!.textContent!.trim();
    const link = $<HTMLAnchorElement>(el, '[part=status-link]')!.href;
    el.remove();

    const stored = JSON.stringify({ ...localStorage });
    expect(stored).to.contain(reference);
    for (const personal of ['Hemlig', '999 88', description]) expect(stored, personal).not.to.contain(personal);

    const again = await fixture<GrannskapReportForm>(html`<grannskap-report-form api-base=${API} area=${area} lang="sv"></grannskap-report-form>`);
    await waitForReceipt(again);
    expect($(again, '.reference')!.textContent!.trim()).to.equal(reference);
    expect($<HTMLAnchorElement>(again, '[part=status-link]')!.href).to.equal(link);
    await expect(again).to.be.accessible();
    $<HTMLButtonElement>(again, '[part=again]')!.click();
    await waitUntil(() => $(again, '#kind'));
    expect(active(again)?.id).to.equal('step-heading');
    expect(JSON.stringify({ ...localStorage })).not.to.contain(reference);
  });

  it('puts a problem only the server finds on its field, with its own message; the summary links only to what is there', async () => {
    const config = await publicClient.config.get();
    const areas = (await publicClient.areas.list()).items;
    const other = areas.find((a) => a.id !== area)!;
    const [elsewhere] = (await publicClient.addresses.search({ area: other.id, limit: 1 })).items;
    const future = new Date(Date.now() + 3 * 86400_000).toISOString();
    // what a page in the wrong state could send: an address of another area, a time to come
    const client = createClient({
      baseUrl: API,
      retry: 0,
      outbox: false,
      fetch: async (request: RequestInfo | URL, init?: RequestInit) => {
        const req = new Request(request, init);
        if (req.method !== 'POST' || !req.url.endsWith('/v1/reports')) return fetch(req);
        const body = { ...(await req.json()), addressId: elsewhere!.id, occurredAt: future };
        delete body.place;
        return fetch(new Request(req, { body: JSON.stringify(body) }));
      },
    });
    expect(config.limits.descriptionMaxLength).to.be.greaterThan(0);
    const el = await formWithClient(client);
    await waitUntil(() => $(el, '#kind'), 'the form did not appear', { timeout: 10000 });
    const category = categories.find((c) => c.fields.length === 0)!;
    const description = unique('Serverns fel');
    el.kinds = '';
    await el.updateComplete;
    await chooseCategory(el, category);
    await next(el);
    choice(el, 'Nej').click();
    await waitUntil(() => $(el, '#date'));
    await next(el);
    input(el, '#place', 'Gården');
    await next(el);
    input(el, '#description', description);
    await next(el);
    await next(el);
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#summary'), 'no summary after the server refused', { timeout: 10000 });
    expect(await reportsWith(description)).to.have.length(0);

    // the first problem's step, with its message at its field
    expect(stepTitleOf(el)).to.equal('När hände det?');
    expect($(el, '#date-error')!.textContent).to.equal('Den tiden har inte varit än. Skriv när det hände.');
    const summary = $(el, '#summary')!;
    expect(active(el)).to.equal(summary);
    const text = summary.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Adressen ligger inte i det område du har valt');
    expect(text).not.to.contain(requiredMessage());
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      const target = el.shadowRoot!.getElementById(a.hash.slice(1));
      expect(target, `${a.hash} is on the page`).to.not.equal(null);
      a.click();
      expect(target!.contains(active(el)) || target === active(el), `${a.hash} takes focus`).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('has a message of its own for every field-issue code: "fill this in" only for what is empty', () => {
    const empty = new Set(['required', 'too_small']);
    for (const code of FIELD_ISSUE_CODES) {
      for (const field of ['place', 'description', 'email', 'phone', 'area', 'photos', 'name']) {
        const text = messageFor({ field, code, maximum: 10, minimum: 2 });
        expect(text, `${field}: ${code}`).to.be.a('string').and.not.equal('');
        if (!empty.has(code)) expect(text, `${field}: ${code}`).not.to.equal(requiredMessage());
      }
    }
  });

  it('says how many photos have been uploaded as a person would', () => {
    expect(uploadStatus(1, 1)).to.equal('Bilden har laddats upp.');
    expect(uploadStatus(1, 0)).to.equal('Bilden har inte laddats upp än.');
    expect(uploadStatus(3, 3)).to.equal('Alla 3 bilder har laddats upp.');
    expect(uploadStatus(3, 1)).to.equal('1 av 3 bilder har laddats upp.');
  });

});
