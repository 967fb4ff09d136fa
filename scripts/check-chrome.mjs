// `npm test` starts here: without a browser the Chromium suites cannot run, so stop early with one clear line.
import { findChrome } from './chrome-path.mjs';

const found = findChrome();
if (found.error) {
  console.error(found.error);
  process.exit(1);
}
console.log(`check-chrome: using ${found.path}`);
