// Redocly CLI's recommended rules on the document as built: what API tooling (client generators,
// documentation sites) will complain about. A warning fails the test as an error does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApi } from '../src/openapi/index.js';

type Problem = { ruleId: string; severity: string; message: string; location: { pointer: string }[] };
type Report = { totals: { errors: number; warnings: number }; problems: Problem[] };

const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

const lint = (document: unknown): Report => {
  // Run in an empty folder: no stray redocly.yaml can change the rules, only `--extends recommended` counts.
  const dir = mkdtempSync(join(tmpdir(), 'grannskap-redocly-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
    const run = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--extends', 'recommended', '--max-problems', '1000', file], {
      cwd: dir,
      encoding: 'utf8',
      // No telemetry and no update check: the test must not depend on (or talk to) the network.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      timeout: 60_000,
    });
    assert.ok(run.stdout.trim().startsWith('{'), `redocly printed no report (exit ${run.status}): ${run.stderr.slice(-2000)}`);
    return JSON.parse(run.stdout) as Report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const describe = (report: Report) =>
  report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`).join('\n');

test('the OpenAPI document passes Redocly\'s recommended rules with no error and no warning', () => {
  const report = lint(buildOpenApi());
  assert.deepEqual({ errors: report.totals.errors, warnings: report.totals.warnings }, { errors: 0, warnings: 0 }, describe(report));
});

test('the lint is not a rubber stamp: a public operation without `security` and an undescribed tag are reported', () => {
  const broken = structuredClone(buildOpenApi()) as unknown as {
    tags: { name: string; description?: string }[];
    paths: Record<string, Record<string, { security?: unknown }>>;
  };
  delete broken.paths['/v1/areas']!.get!.security;
  delete broken.tags[0]!.description;
  const rules = lint(broken).problems.map((p) => p.ruleId);
  assert.ok(rules.includes('security-defined'), rules.join(', '));
  assert.ok(rules.includes('tag-description'), rules.join(', '));
});
