import { build } from 'esbuild';
import { cpSync, existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';

// The host site's own JavaScript, built the way a host builds it: esbuild with the browser and production
// conditions (as rollup does for the CDN files), from the workspace's built packages (packages/*/dist).
//   app/    an application that installed @grannskap/widgets from npm: one Lit, the host's and the widgets'
//   own/    only the host's own Lit component, for a page that adds Grannskap's CDN files beside it:
//           host-element.js on Lit 3, host-element-lit2.js on Lit 2 (another major version)

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'hostile-host');

export interface HostBundles {
  /** Folder with app.js (and its chunks). */
  app: string;
  /** Folder with host-element.js (Lit 3) and host-element-lit2.js (Lit 2). */
  own: string;
}

const bundle = (entries: string[], outdir: string) =>
  build({
    entryPoints: entries.map((entry) => join(FIXTURES, entry)),
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['production'],
    target: 'es2022',
    logLevel: 'error',
    entryNames: '[name]',
  });

export async function buildHostBundles(dir: string): Promise<HostBundles> {
  const app = join(dir, 'app');
  const own = join(dir, 'own');
  await Promise.all([bundle(['npm-entry.js'], app), bundle(['host-element.js', 'host-element-lit2.js'], own)]);
  return { app, own };
}

const CDN = join(import.meta.dirname, '..', '..', '..', 'packages', 'widgets', 'cdn');

/**
 * A copy of the CDN build (packages/widgets/cdn, made by `npm run build`), so that a rebuild while the
 * suite runs (rollup empties the folder first) cannot pull files from under the pages.
 */
export async function copyCdn(dir: string): Promise<string> {
  for (let waited = 0; !existsSync(join(CDN, 'grannskap.js')); waited += 500) {
    if (waited > 60_000) throw new Error(`${CDN}/grannskap.js is missing: run \`npm run build\` first`);
    await sleep(500);
  }
  cpSync(CDN, dir, { recursive: true });
  return dir;
}
