// Numbers typed in any widget language (Arabic-Indic digits included), and dates, times, numbers and
// kronor formatted per language as used in Sweden: 24-hour clock, Western digits, weeks from Monday.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { normalizeDigits, parseLocalizedNumber } from '../../src/shared/numbers.js';
import { formatDateTime, formatMoney, formatNumber, intlLocale } from '../../src/shared/format.js';
import { formatLocalDateTime } from '../../src/shared/local-date.js';
import { formatSpan } from '../../src/activity-calendar/dates.js';
import { formatWhen } from '../../src/on-call/on-call.js';
import { LOCALES } from '../../src/shared/localization.js';

describe('parseLocalizedNumber', () => {
  it('reads Western, Arabic-Indic and Eastern Arabic-Indic digits alike', () => {
    expect(parseLocalizedNumber('25')).to.equal(25);
    expect(parseLocalizedNumber('٢٥')).to.equal(25);
    expect(parseLocalizedNumber('۲۵')).to.equal(25);
    expect(parseLocalizedNumber('٠١٢٣٤٥٦٧٨٩')).to.equal(123456789);
    expect(parseLocalizedNumber('۰۱۲۳۴۵۶۷۸۹')).to.equal(123456789);
    expect(parseLocalizedNumber('1٢۳')).to.equal(123);
  });

  it('takes spaces and ٬ between groups, and a comma, point or ٫ as the decimal sign', () => {
    expect(parseLocalizedNumber(' 1 500 ')).to.equal(1500);
    expect(parseLocalizedNumber('1\u00a0500')).to.equal(1500);
    expect(parseLocalizedNumber('1\u202f500')).to.equal(1500);
    expect(parseLocalizedNumber('١٬٥٠٠')).to.equal(1500);
    expect(parseLocalizedNumber('1 500,5')).to.equal(1500.5);
    expect(parseLocalizedNumber('1500.5')).to.equal(1500.5);
    expect(parseLocalizedNumber('٣٫٥')).to.equal(3.5);
    expect(parseLocalizedNumber('1,500')).to.equal(1.5);
    expect(parseLocalizedNumber('-3')).to.equal(-3);
    expect(parseLocalizedNumber('\u2212٣')).to.equal(-3);
  });

  it('ignores the invisible direction marks that copying from an Arabic text adds', () => {
    expect(parseLocalizedNumber('\u200f١٢\u200f')).to.equal(12);
    expect(parseLocalizedNumber('\u2067450\u2069')).to.equal(450);
    expect(parseLocalizedNumber('\u061c٧')).to.equal(7);
  });

  it('says "not a number" for empty text and for anything else', () => {
    for (const text of ['', '   ', 'tolv', '12 år', '1.500,5', '1,2,3', '0x10', '1e3', '--1', '١٢ سنة', 'NaN', 'Infinity', ',5']) {
      expect(parseLocalizedNumber(text), JSON.stringify(text)).to.equal(undefined);
    }
  });

  it('normalizeDigits keeps everything else for a form\'s own parser (units, rules)', () => {
    expect(normalizeDigits('١٬٢٠٠ kr')).to.equal('1 200 kr');
    expect(normalizeDigits('٣٫٥٠')).to.equal('3,50');
    expect(normalizeDigits('abc')).to.equal('abc');
  });

  it('works with what a keyboard types into a text field', async () => {
    const input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'numeric';
    input.setAttribute('aria-label', 'Ålder');
    document.body.append(input);
    try {
      input.focus();
      await sendKeys({ type: '١٢' });
      expect(input.value).to.equal('١٢');
      expect(parseLocalizedNumber(input.value)).to.equal(12);
    } finally {
      input.remove();
    }
  });
});

describe('formatting per language', () => {
  const instant = '2026-11-28T14:05:00Z';
  const zone = 'Europe/Stockholm';

  it('formats dates with a 24-hour clock and Western digits in every language', () => {
    for (const locale of LOCALES) {
      const text = formatDateTime(instant, zone, locale);
      expect(text, locale).to.match(/15[.:]05/);
      expect(text, locale).not.to.match(/[\u0660-\u0669\u06f0-\u06f9]/);
      expect(text, locale).not.to.match(/\b(AM|PM)\b|[صم]\s*$|GD|GH/);
    }
    expect(formatDateTime(instant, zone, 'sv')).to.contain('28 november 2026');
    expect(formatDateTime(instant, zone, 'fi')).to.contain('marraskuuta');
    expect(formatDateTime(instant, zone, 'ar')).to.contain('نوفمبر');
    // Somali month names where the browser has Somali data; else British English (day first, 24 hours)
    expect(formatDateTime(instant, zone, 'so')).to.match(/^(28 November 2026|Noofeembar 28, 2026)/);
  });

  it('writes every Swedish time of day one way, "kl. 17.09", wherever a widget shows it', () => {
    expect(formatDateTime('2026-12-05T16:09:00Z', zone, 'sv')).to.equal('5 december 2026 kl. 17.09');
    expect(formatLocalDateTime('2026-12-05', '17:09', 'sv')).to.equal('5 december 2026 kl. 17.09');
    expect(formatSpan('2026-12-05T16:09:00Z', '2026-12-05T18:00:00Z', zone, 'sv')).to.match(/^lördag 5 december 2026 (kl\. )?17\.09\s*–\s*19\.00$/);
    expect(formatSpan('2026-12-05T16:09:00Z', '2026-12-06T18:00:00Z', zone, 'sv')).not.to.match(/\d:\d/);
    expect(formatWhen(new Date('2026-12-05T16:00:00Z'), new Date('2026-12-05T12:00:00Z'), zone, 'sv')).to.contain('17.00');
    // the other languages keep their own clock
    expect(formatDateTime('2026-12-05T16:09:00Z', zone, 'en')).to.contain('17:09');
  });

  it('formats kronor and numbers per language, Western digits in Arabic too', () => {
    expect(formatMoney(5000, 'SEK', 'sv').replace(/\s/g, ' ')).to.equal('5 000 kr');
    expect(formatNumber(1500, 'fi').replace(/\s/g, ' ')).to.equal('1 500');
    expect(formatNumber(1500, 'en')).to.equal('1,500');
    for (const locale of LOCALES) {
      const money = formatMoney(5000, 'SEK', locale);
      expect(money, locale).to.match(/5.?000/);
      expect(money, locale).not.to.match(/[\u0660-\u0669]/);
    }
  });

  it('keeps Monday-first weeks (ISO) in every language, whatever Intl\'s region data says', () => {
    for (const locale of LOCALES) {
      const info = new Intl.Locale(intlLocale(locale)) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
      const week = info.getWeekInfo?.() ?? info.weekInfo;
      if (!week) continue; // an engine without week data: the calendar's own ISO arithmetic applies anyway
      expect(week.firstDay, locale).to.equal(1);
    }
  });
});
