// The server as a separate process for upload-memory.test.ts, so the client's buffers do not count
// against the server's memory. Prints its URL once it listens; for each "mem" line on stdin it runs a
// full GC and prints its memory as JSON, with the peak RSS so far (VmHWM) from /proc on Linux.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { startServer } from '../../dist/index.js';

const [dataDir] = process.argv.slice(2);
const server = await startServer({ dataDir, port: 0, demo: true, logger: false, rateLimit: false });
const peakRss = () => {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
};
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'mem') return;
  globalThis.gc?.();
  console.log(JSON.stringify({ ...process.memoryUsage(), peakRss: peakRss() }));
});
console.log(server.url);
