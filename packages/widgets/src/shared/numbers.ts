// Numbers as visitors type them, in every widget language. Arabic keyboards (and phones set to Arabic)
// type Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) or the Eastern forms used for Persian and Urdu (۰۱۲۳۴۵۶۷۸۹), the
// Arabic separators (٫ decimal, ٬ thousands), and copied numbers carry invisible direction marks. A number
// field must accept all of them: use `<input type="text" inputmode="numeric">` (a `type="number"` input
// drops what the browser's own locale does not expect) and parse with these helpers.

const ARABIC_INDIC_ZERO = 0x0660;
const EASTERN_ARABIC_INDIC_ZERO = 0x06f0;
/** LRM, RLM, ALM and the bidi isolates/embeddings: invisible, added by copy-paste around numbers. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with Arabic-Indic and Eastern Arabic-Indic digits as 0–9, the Arabic decimal separator (٫) as
 * a comma, the Arabic thousands separator (٬) as a space, the minus sign (−) as "-", and direction marks
 * removed. Everything else is left as it is, so a form's own parser (units, rules) still applies.
 */
export function normalizeDigits(text: string): string {
  return text
    .replace(DIRECTION_MARKS, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - ARABIC_INDIC_ZERO))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - EASTERN_ARABIC_INDIC_ZERO))
    .replace(/\u066b/g, ',')
    .replace(/\u066c/g, ' ')
    .replace(/\u2212/g, '-');
}

/**
 * A number typed by a person: "25", "٢٥", "۲۵", " 1 500 ", "1 500,5", "1500.5", "-3", "٣٫٥". Digits may
 * be grouped with spaces (any kind) or ٬; the decimal sign is a comma, a point or ٫ (so "1,500" is one and
 * a half, as in Swedish: write thousands with a space). Undefined for an empty text or one that is not a
 * number ("12 år", "1.500,5", "0x10", "1e3").
 */
export function parseLocalizedNumber(text: string): number | undefined {
  const compact = normalizeDigits(text).replace(/[\s\u00a0\u2009\u202f]/g, '');
  const match = /^(-?\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) return undefined;
  return Number(match[2] === undefined ? match[1] : `${match[1]}.${match[2]}`);
}
