// A rollup plugin: the browser bundles of the SDK and the widgets get the contract's own small zod/mini
// (packages/contract/src/lite/zod-mini.ts) in place of zod. Why, and what it keeps the same, is written at
// the top of that file; packages/contract/test/lite.test.ts holds it to zod's behaviour.
//
// Any other way into zod (a deep import, a second copy) stops the build, so a bundle never carries both.
import { fileURLToPath } from 'node:url';

export const ZOD_LITE = fileURLToPath(new URL('../../packages/contract/dist/lite/zod-mini.js', import.meta.url));
const ZOD_MODULE = /[\\/]node_modules[\\/]zod[\\/]/;

export const zodLite = () => ({
  name: 'grannskap-zod-lite',
  resolveId: (source) => (source === 'zod/mini' ? ZOD_LITE : null),
  load(id) {
    if (ZOD_MODULE.test(id)) this.error(`zod-lite: ${id} was imported; the browser bundles use ${ZOD_LITE} instead of zod. Import from 'zod/mini' only, and add what is missing to packages/contract/src/lite/zod-mini.ts.`);
    return null;
  },
});
