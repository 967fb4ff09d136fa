// Load: 50 concurrent 10 MB photo uploads over real HTTP on loopback, as real multipart to the
// attachments endpoint. Every upload is stored or refused with a problem document, none gets a 5xx,
// and the server's memory stays bounded: retained heap (after a full GC) and peak RSS are measured.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { uploadAttachment } from '@grannskap/contract';
import { check, freshKey } from './helpers/server.js';
import { recordFigures } from './helpers/figures.js';

const UPLOADS = Number(process.env.UPLOAD_MEMORY_COUNT ?? 50);
const SIZE = 10_000_000;
// Margins for a noisy machine; the measured figures go to docs/reliability.md.
const HEAP_BOUND_MB = 64;
const RSS_BOUND_MB = Number(process.env.UPLOAD_RSS_BOUND_MB ?? 200);

interface Memory { heapUsed: number; rss: number; peakRss: number | null }

let child: ChildProcess;
let url = '';
let dataDir = '';
let lines: AsyncIterator<string>;
const memory = async (): Promise<Memory> => {
  child.stdin!.write('mem\n');
  return JSON.parse((await lines.next()).value as string) as Memory;
};
before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'grannskap-upload-memory-'));
  child = spawn(process.execPath, ['--expose-gc', fileURLToPath(new URL('./helpers/memory-child.mjs', import.meta.url)), dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  url = (await lines.next()).value as string;
});
after(() => {
  child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

test(`${UPLOADS} concurrent 10 MB uploads: bounded memory, no 5xx`, { timeout: 300_000 }, async () => {
  // A real photo padded to 10 MB after its end marker: decoders stop at the marker, so it is stored.
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 120, b: 60 } } }).jpeg().toBuffer();
  const bytes = new Uint8Array(SIZE);
  bytes.set(photo);
  // One Blob shared by every request, so the client side holds 10 MB, not 500.
  const blob = new Blob([bytes], { type: 'image/jpeg' });
  const start = await memory();
  const statuses: number[] = [];
  await Promise.all(Array.from({ length: UPLOADS }, async (_, i) => {
      const fd = new FormData();
      fd.append('file', blob, `photo-${i}.jpg`);
      const res = await fetch(`${url}/v1/attachments`, { method: 'POST', body: fd, headers: { 'idempotency-key': freshKey() } });
      const answer = await check(uploadAttachment, res);
      statuses.push(answer.status);
    }));
  const end = await memory();
  const heapGrowth = (end.heapUsed - start.heapUsed) / 1e6;
  // Peak RSS of the server process during the run (VmHWM), against its RSS once it was ready.
  const rssGrowth = ((end.peakRss ?? end.rss) - start.rss) / 1e6;
  const stored = statuses.filter((s) => s === 201).length;
  const refused = statuses.filter((s) => s >= 400 && s < 500).length;
  const fiveHundreds = statuses.filter((s) => s >= 500).length;
  console.log(`upload memory: ${stored} stored, ${refused} refused, ${fiveHundreds} × 5xx; heap +${heapGrowth.toFixed(1)} MB retained, RSS peak +${rssGrowth.toFixed(0)} MB`);
  recordFigures('upload-memory', 'Load: memory stays bounded during 50 concurrent 10 MB uploads; each stored or refused, no 5xx',
    'packages/server/test/upload-memory.test.ts (server in a child process, loopback, forced GC, peak RSS from /proc)',
    { uploads: UPLOADS, 'bytes each': SIZE, stored, refused, '5xx answers': fiveHundreds, 'retained heap growth (MB)': Number(heapGrowth.toFixed(1)), 'peak RSS growth (MB)': Math.round(rssGrowth) },
    fiveHundreds === 0 && heapGrowth < HEAP_BOUND_MB && rssGrowth < RSS_BOUND_MB);
  assert.equal(statuses.length, UPLOADS);
  assert.equal(fiveHundreds, 0);
  assert.equal(stored + refused, UPLOADS);
  assert.ok(heapGrowth < HEAP_BOUND_MB, `retained heap grew ${heapGrowth.toFixed(1)} MB`);
  assert.ok(rssGrowth < RSS_BOUND_MB, `RSS peaked ${rssGrowth.toFixed(0)} MB above the start`);
});
