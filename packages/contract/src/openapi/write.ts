// Writes openapi.json at build time so it ships in the package and the server can serve it as a file.
import { writeFileSync } from 'node:fs';
import { buildOpenApi } from './build.js';

const target = process.argv[2] ?? 'openapi.json';
writeFileSync(target, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
