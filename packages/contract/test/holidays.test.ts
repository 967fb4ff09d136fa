import { test } from 'node:test';
import assert from 'node:assert/strict';
import { easterSunday, holidayOn, swedishHolidays } from '../src/index.js';

test('Easter Sunday 2024–2030 and a few far years', () => {
  const known: Record<number, string> = {
    2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21',
    2000: '2000-04-23', 2011: '2011-04-24', 2038: '2038-04-25', 2285: '2285-03-22',
  };
  for (const [year, date] of Object.entries(known)) assert.equal(easterSunday(Number(year)), date, year);
});

test('Easter-based holidays of 2026', () => {
  const names = (date: string) => holidayOn(date)?.name;
  assert.equal(names('2026-04-03'), 'långfredagen');
  assert.equal(names('2026-04-04'), 'påskafton');
  assert.equal(names('2026-04-05'), 'påskdagen');
  assert.equal(names('2026-04-06'), 'annandag påsk');
  assert.equal(names('2026-05-14'), 'Kristi himmelsfärdsdag');
  assert.equal(names('2026-05-24'), 'pingstdagen');
  assert.equal(holidayOn('2026-05-25'), undefined, 'annandag pingst is no longer a holiday');
});

test('midsummer: Saturday 20–26 June, with the eve on the Friday', () => {
  const known: Record<number, string> = { 2024: '2024-06-22', 2025: '2025-06-21', 2026: '2026-06-20', 2027: '2027-06-26', 2028: '2028-06-24', 2029: '2029-06-23', 2030: '2030-06-22' };
  for (const [year, date] of Object.entries(known)) {
    const list = swedishHolidays(Number(year));
    assert.equal(list.find((h) => h.name === 'midsommardagen')?.date, date, year);
    const eve = list.find((h) => h.name === 'midsommarafton');
    assert.equal(eve?.eve, true);
    assert.equal(new Date(`${eve?.date}T12:00:00Z`).getUTCDay(), 5);
  }
});

test('all saints: Saturday 31 October – 6 November', () => {
  const known: Record<number, string> = { 2024: '2024-11-02', 2025: '2025-11-01', 2026: '2026-10-31', 2027: '2027-11-06', 2028: '2028-11-04', 2029: '2029-11-03', 2030: '2030-11-02' };
  for (const [year, date] of Object.entries(known)) {
    assert.equal(swedishHolidays(Number(year)).find((h) => h.name === 'alla helgons dag')?.date, date, year);
  }
});

test('fixed holidays and eves, and ordinary days', () => {
  assert.equal(holidayOn('2026-01-01')?.name, 'nyårsdagen');
  assert.equal(holidayOn('2026-01-06')?.name, 'trettondedag jul');
  assert.equal(holidayOn('2026-05-01')?.name, 'första maj');
  assert.equal(holidayOn('2026-06-06')?.name, 'Sveriges nationaldag');
  assert.equal(holidayOn('2026-12-24')?.eve, true);
  assert.equal(holidayOn('2026-12-25')?.eve, false);
  assert.equal(holidayOn('2026-12-26')?.name, 'annandag jul');
  assert.equal(holidayOn('2026-12-31')?.name, 'nyårsafton');
  for (const ordinary of ['2026-01-07', '2026-03-03', '2026-06-05', '2026-11-27', '2026-12-23']) assert.equal(holidayOn(ordinary), undefined, ordinary);
});

test('names are written as Swedes write them: lower case, capitals only on proper names (Språkrådet)', () => {
  assert.deepEqual(swedishHolidays(2026).map((h) => h.name), [
    'nyårsdagen', 'trettondedag jul', 'långfredagen', 'påskafton', 'påskdagen', 'annandag påsk', 'första maj',
    'Kristi himmelsfärdsdag', 'pingstdagen', 'Sveriges nationaldag', 'midsommarafton', 'midsommardagen',
    'alla helgons dag', 'julafton', 'juldagen', 'annandag jul', 'nyårsafton',
  ]);
});

test('each year lists 17 days, sorted, all in that year', () => {
  for (let year = 2020; year <= 2035; year++) {
    const list = swedishHolidays(year);
    assert.equal(list.length, 17, String(year));
    assert.equal(new Set(list.map((h) => h.date)).size, 17, `${year}: no two on one date`);
    assert.deepEqual(list.map((h) => h.date), [...list.map((h) => h.date)].sort());
    for (const h of list) assert.ok(h.date.startsWith(`${year}-`));
  }
});
