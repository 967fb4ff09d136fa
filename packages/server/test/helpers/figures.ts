import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One measured value of a reliability suite (a count, a ratio, a size or a short note). */
export type Figure = number | string;

/** What `npm run verify` reads back from `<GRANNSKAP_VERIFY_RESULTS>/<id>.json`. */
export interface FiguresRecord {
  readonly id: string;
  readonly promise: string;
  readonly how: string;
  readonly ok: boolean;
  readonly figures: Record<string, Figure>;
}

/**
 * Writes the figures of one reliability promise for docs/reliability.md.
 * A no-op unless GRANNSKAP_VERIFY_RESULTS names a folder, so ordinary test
 * runs leave no files behind. The id doubles as the file name, so it is
 * restricted to characters that are safe in one.
 */
export function recordFigures(
  id: string,
  promise: string,
  how: string,
  figures: Record<string, Figure>,
  ok: boolean,
): void {
  const folder = process.env.GRANNSKAP_VERIFY_RESULTS;
  if (!folder) return;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`figures id must be kebab-case: ${id}`);
  mkdirSync(folder, { recursive: true });
  const record: FiguresRecord = { id, promise, how, ok, figures };
  writeFileSync(join(folder, `${id}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
