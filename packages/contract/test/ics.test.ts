import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildIcs, escapeText, foldLine } from '../src/index.js';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');
// Control characters other than tab and line feed (built without a control-character regex).
const isDropped = (c: string) => {
  const n = c.codePointAt(0) ?? 0;
  return (n < 32 && n !== 9 && n !== 10) || n === 127;
};
const unescape = (s: string) => s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

test('escapeText escapes backslash, semicolon, comma and newlines, and nothing else', () => {
  assert.equal(escapeText('a\\b;c,d'), 'a\\\\b\\;c\\,d');
  assert.equal(escapeText('rad 1\nrad 2\r\nrad 3'), 'rad 1\\nrad 2\\nrad 3');
  assert.equal(escapeText('kl. 18:00 "Årby"'), 'kl. 18:00 "Årby"');
  assert.equal(escapeText('\\n'), '\\\\n', 'a literal backslash-n stays two characters');
  assert.equal(escapeText('a\u0000b\u0007c\u001fd\u007fe\tf'), 'abcde\tf', 'control characters other than tab are dropped');
  assert.equal(escapeText('ett\rtvå'), 'etttvå', 'a lone CR is dropped, never left bare');
});

test('foldLine leaves lines of up to 75 octets alone', () => {
  const line = `SUMMARY:${'x'.repeat(67)}`;
  assert.equal(bytes(line), 75);
  assert.equal(foldLine(line), line);
  assert.equal(foldLine(''), '');
});

test('foldLine folds at 75 octets with CRLF and one space', () => {
  const line = `DESCRIPTION:${'a'.repeat(200)}`;
  const folded = foldLine(line);
  const parts = folded.split('\r\n');
  assert.equal(bytes(parts[0]!), 75);
  for (const p of parts.slice(1)) {
    assert.ok(p.startsWith(' '));
    assert.ok(bytes(p) <= 75);
  }
  assert.equal(unfold(folded), line);
});

test('foldLine never splits a multi-byte character', () => {
  for (const ch of ['å', 'ö', 'ع', '€', '😀', 'ä\u0308']) {
    const line = `SUMMARY:${ch.repeat(80)}`;
    const folded = foldLine(line);
    for (const p of folded.split('\r\n')) {
      assert.ok(bytes(p) <= 75, `${ch}: ${bytes(p)}`);
      assert.ok(!p.includes('\uFFFD'));
      // Each physical line is valid UTF-8 on its own: it round-trips through a strict decoder.
      const decoded = new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p));
      assert.equal(decoded, p);
    }
    assert.equal(unfold(folded), line);
  }
});

test('any text survives escape + fold + unfold + unescape, in lines of at most 75 octets', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const line = `DESCRIPTION:${escapeText(text)}`;
      const folded = foldLine(line);
      for (const p of folded.split('\r\n')) assert.ok(bytes(p) <= 75);
      assert.equal(/\r(?!\n)|(?<!\r)\n/.test(folded), false, 'no bare CR or LF');
      const expected = [...text.replace(/\r\n|\n/g, '\n')].filter((c) => !isDropped(c)).join('');
      assert.equal(unescape(unfold(folded).slice('DESCRIPTION:'.length)), expected);
    }),
    { numRuns: 500 },
  );
});

test('buildIcs writes a calendar with VTIMEZONE, events, RRULE, EXDATE list and status', () => {
  const ics = buildIcs({
    name: 'Aktiviteter, Årby',
    refreshHours: 6,
    events: [
      {
        uid: 'a@grannskap', title: 'Träff', start: '2026-10-13T18:00', end: '2026-10-13T20:00', updated: new Date('2026-09-01T08:00:00Z'),
        rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2026-10-20T18:00', '2026-10-27T18:00'], categories: ['Områdesträff', 'A,B'],
      },
      { uid: 'b@grannskap', title: 'Inställt', start: '2026-12-01T10:00', end: '2026-12-01T11:00', updated: new Date('2026-09-01T08:00:00Z'), cancelled: true },
    ],
  });
  const lines = ics.split('\r\n');
  assert.equal(lines.at(-1), '', 'ends with CRLF');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-2), 'END:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  assert.ok(lines.includes('X-WR-CALNAME:Aktiviteter\\, Årby'));
  assert.ok(lines.includes('REFRESH-INTERVAL;VALUE=DURATION:PT6H'));
  assert.equal(lines.filter((l) => l === 'BEGIN:VTIMEZONE').length, 1);
  assert.ok(lines.indexOf('END:VTIMEZONE') < lines.indexOf('BEGIN:VEVENT'), 'the zone comes before the events that use it');
  assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 2);
  assert.equal(lines.filter((l) => l === 'END:VEVENT').length, 2);
  assert.ok(lines.includes('DTSTART;TZID=Europe/Stockholm:20261013T180000'));
  assert.ok(lines.includes('DTSTAMP:20260901T080000Z'));
  assert.ok(lines.includes('RRULE:FREQ=WEEKLY;COUNT=4'));
  assert.ok(lines.includes('EXDATE;TZID=Europe/Stockholm:20261020T180000,20261027T180000'));
  assert.ok(lines.includes('CATEGORIES:Områdesträff,A\\,B'));
  assert.deepEqual(lines.filter((l) => l.startsWith('STATUS:')), ['STATUS:CONFIRMED', 'STATUS:CANCELLED']);
  assert.equal(lines.filter((l) => l.startsWith('RRULE:') && !l.includes('BYMONTH=')).length, 1, 'only the recurring event has an RRULE');
  for (const l of lines) assert.ok(bytes(l) <= 75);
});

test('buildIcs with no events is still a calendar', () => {
  const ics = buildIcs({ name: 'Tom', events: [] });
  assert.match(ics, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VTIMEZONE\r\nEND:VCALENDAR\r\n$/);
  assert.equal(ics.includes('BEGIN:VEVENT'), false);
});
