// docs/translations-review.md lists every UI string per language, generated from the code and the
// catalogues: the list is what they say (a stale one fails here), and the generator reads the Swedish and
// the translations as they are, values and missing texts included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain JavaScript build helpers without declarations
import { BEGIN, END, collectSource, renderList, translationText, withList } from '../translations-review.mjs';

test('docs/translations-review.md is current with the code and the catalogues', () => {
  const run = spawnSync(process.execPath, ['scripts/translations-review.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr || run.stdout);
});

test('the list has the Swedish source with its values, each translation, and says what is missing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translations-'));
  try {
    writeFileSync(
      join(dir, 'widget.ts'),
      [
        "msg('Hej | hopp', { id: 'w.plain' });",
        'msg(str`${n} platser kvar av ${m}`, { id: \'w.values\' });',
        "msg(html`<strong>${name}</strong> svarar`, { id: 'w.markup' });",
        "msg('Samma id igen', { id: 'w.plain' });",
        "other('not a message', { id: 'w.other' });",
      ].join('\n'),
    );
    const source = collectSource(dir);
    assert.deepEqual([...source.keys()].sort(), ['w.markup', 'w.plain', 'w.values']);
    assert.equal(source.get('w.values').sv, '{0} platser kvar av {1}');
    assert.equal(source.get('w.plain').sv, 'Hej | hopp', 'the first use of an id is the source');
    // a translation moves the values: {1} first
    const en = { 'w.plain': 'Hi', 'w.values': { strTag: true, strings: ['', ' of ', ' places left'], values: [1, 0] } };
    assert.equal(translationText(en['w.values']), '{1} of {0} places left');
    const list = renderList(source, { en, fi: {}, ar: {}, so: {} });
    assert.ok(list.startsWith(BEGIN) && list.endsWith(END));
    assert.match(list, /\| `w\.plain` \| Hej \\\| hopp \| Hi \|/);
    assert.match(list, /\| `w\.markup` \| &lt;strong>\{0\}&lt;\/strong> svarar \| \*\*missing\*\* \|/);
    assert.match(list, /### English \(`en`\)\n\n1 missing\./);
    assert.match(list, /### Suomi \(Finnish\) \(`fi`\)\n\n3 missing\./);
    // the generated part is replaced, the rest of the document kept; a changed catalogue changes the list
    const doc = withList('# Guide\n\nWritten by hand.\n', list);
    assert.equal(withList(doc, list), doc);
    const changed = renderList(source, { en: { ...en, 'w.markup': 'answers' }, fi: {}, ar: {}, so: {} });
    assert.notEqual(withList(doc, changed), doc);
    assert.ok(withList(doc, changed).startsWith('# Guide\n\nWritten by hand.\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
