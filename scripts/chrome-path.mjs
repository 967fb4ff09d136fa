// Finds a Chromium or Chrome binary for the browser tests. Shared by check-chrome.mjs and
// web-test-runner.config.mjs so both agree on which browser runs.
import { accessSync, constants } from 'node:fs';

export const CHROME_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const HOW_TO_GET_CHROME =
  'No Chromium/Chrome found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.';

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Returns `{ path }` for the first usable browser, or `{ error }` with one line saying what to do.
 * `CHROME_PATH`, when set, is the only candidate: a wrong value is an error, not a silent fallback.
 */
export function findChrome(env = process.env, candidates = CHROME_CANDIDATES) {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { path: fromEnv }
      : { error: `CHROME_PATH=${fromEnv} is not an executable file: point it at a Chrome/Chromium binary, or unset it and install Chromium (Debian/Ubuntu: \`sudo apt-get install chromium\`).` };
  }
  const path = candidates.find(isExecutable);
  return path ? { path } : { error: HOW_TO_GET_CHROME };
}
