// Medians and ranges over repeated runs: a benchmark reports the median with min–max, never one run.
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });
export const fmtMs = (s) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
export const fmtBytes = (n) => n.toLocaleString('en-US');
export const ratio = (a, b) => (b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
