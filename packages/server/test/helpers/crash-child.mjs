// The server as a separate process for the crash test: the built reference server on a fixed port and
// data folder, no rate limit. Prints "ready" once it listens. The test kills it with SIGKILL.
import { startServer } from '../../dist/index.js';

const [dataDir, port] = process.argv.slice(2);
await startServer({ dataDir, port: Number(port), demo: true, logger: false, rateLimit: false });
console.log('ready');
