import { normalizeDigits } from '../shared/numbers.js';

/** The contract's bound for one line (and for any count): whole kronor up to a million. */
export const MAX_WHOLE = 1_000_000;

export type WholeNumberProblem = 'required' | 'not_number' | 'not_whole' | 'not_positive' | 'too_big';
export type WholeNumber = { ok: true; value: number } | { ok: false; code: WholeNumberProblem };

/**
 * A whole number as people type it: "1200", "1 200", "1 200 kr", "١٢٠٠", "1200,00" (zeros after the comma
 * are fine). Amounts are whole kronor in the contract, so "1200,50" is refused with its own message
 * rather than rounded; "-5" and "0" are not positive; letters are not a number.
 */
export function parseWholeNumber(raw: string, { allowZero = false }: { allowZero?: boolean } = {}): WholeNumber {
  // Arabic-Indic and Persian digits, ٫ and ٬, and invisible direction marks become what the rules below read
  const text = normalizeDigits(raw)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(kr|kronor|:-)$/i, '')
    .replace(/^\u2212/, '-');
  if (!text) return { ok: false, code: 'required' };
  if (/^-\d/.test(text)) return { ok: false, code: 'not_positive' };
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!match) return { ok: false, code: 'not_number' };
  if (match[2] && !/^0+$/.test(match[2])) return { ok: false, code: 'not_whole' };
  const value = Number(match[1]);
  if (value === 0 && !allowZero) return { ok: false, code: 'not_positive' };
  if (value > MAX_WHOLE) return { ok: false, code: 'too_big' };
  return { ok: true, value };
}

/** The sum of the lines whose amounts are whole kronor; lines still being typed count as nothing. */
export const totalOf = (lines: readonly { amount: string }[]): number =>
  lines.reduce((sum, l) => {
    const parsed = parseWholeNumber(l.amount);
    return parsed.ok ? sum + parsed.value : sum;
  }, 0);
