// msg() and str``: the Swedish source when no catalogue has the id, else the translation with the source's
// values put where the translation's indices say (a translation may reorder them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str, useCatalogue } from '../src/shared/msg.js';
import { getLocale, setLocale } from '../src/shared/localization.js';
import { templates as en } from '../src/locales/en.js';

const values = (t: TemplateResult): unknown[] => t.values;

test('without a catalogue, the Swedish source: text, str`` joined, html`` as it is', () => {
  useCatalogue(undefined);
  const n = 3;
  const place = 'Gården';
  assert.equal(msg('Laddar …', { id: 'x.plain' }), 'Laddar …');
  assert.equal(msg(str`${n} platser kvar i ${place}`, { id: 'x.str' }), '3 platser kvar i Gården');
  const source = html`<b>${n}</b> i ${place}`;
  assert.equal(msg(source, { id: 'x.html' }), source);
});

test('with a catalogue: the translation, with values moved where its indices say', () => {
  useCatalogue({
    'x.plain': 'Loading …',
    'x.str': str`In ${1}: ${0} places left`,
    'x.html': html`In ${1}: <b>${0}</b>`,
  });
  try {
    assert.equal(msg('Laddar …', { id: 'x.plain' }), 'Loading …');
    assert.equal(msg(str`${3} platser kvar i ${'Gården'}`, { id: 'x.str' }), 'In Gården: 3 places left');
    const t = msg(html`<b>${3}</b> i ${'Gården'}`, { id: 'x.html' });
    assert.deepEqual(values(t), ['Gården', 3]);
    assert.deepEqual([...t.strings], ['In ', ': <b>', '</b>']);
    // an id the catalogue lacks keeps the Swedish source
    assert.equal(msg(str`${2} kvar`, { id: 'x.missing' }), '2 kvar');
  } finally {
    useCatalogue(undefined);
  }
});

test('setLocale loads the catalogue msg() reads, and ends in the language asked for last', async () => {
  assert.equal(getLocale(), 'sv');
  const toEnglish = setLocale('en-GB');
  const back = setLocale('sv');
  assert.equal(await toEnglish, 'en', 'the first caller learns the language it asked for');
  assert.equal(await back, 'sv');
  assert.equal(getLocale(), 'sv');
  assert.equal(msg('Laddar …', { id: 'common.loading' }), 'Laddar …');
  assert.equal(await setLocale('en'), 'en');
  assert.equal(getLocale(), 'en');
  assert.equal(msg('Laddar …', { id: 'common.loading' }), en['common.loading']);
  await setLocale('sv');
  assert.equal(msg('Laddar …', { id: 'common.loading' }), 'Laddar …');
});
