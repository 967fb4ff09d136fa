import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

// dist/app/static.js → repository root (four levels up: app, dist, server, packages).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The demo page and the widgets' CDN build, found from this package's location, not the cwd. */
export const demoStaticRoots = () => [
  { prefix: '/demo/', root: resolve(repoRoot, 'examples/demo') },
  { prefix: '/cdn/', root: resolve(repoRoot, 'packages/widgets/cdn') },
  // The SDK's browser bundle, for pages that use the SDK without the widgets (the staff console).
  { prefix: '/sdk/', root: resolve(repoRoot, 'packages/sdk/cdn') },
  { prefix: '/staff/', root: resolve(repoRoot, 'examples/staff-console') },
  { prefix: '/examples/plain-html/', root: resolve(repoRoot, 'examples/plain-html') },
  { prefix: '/examples/react/', root: resolve(repoRoot, 'examples/react/public') },
];

/** The partner organisation's demo site, served from another origin by `start --demo`. */
export const partnerSiteRoot = () => resolve(repoRoot, 'examples/partner');

/** Serves each folder that exists; a missing one is logged and skipped. Returns the prefixes served. */
export const registerStatic = async (app: FastifyInstance, roots: { prefix: string; root: string }[]): Promise<string[]> => {
  const served: string[] = [];
  for (const { prefix, root } of roots) {
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      app.log.warn({ root, prefix }, 'static folder missing; not served');
      continue;
    }
    await app.register(fastifyStatic, { root, prefix, decorateReply: served.length === 0, index: ['index.html'], redirect: true });
    served.push(prefix);
  }
  return served;
};
