// A server process for the delivery process tests: the built reference server on a data folder shared with
// other processes, its delivery worker on a short schedule. Prints "ready" once it listens; tests kill it.
import { startServer } from '../../dist/index.js';

const [dataDir, port, options] = process.argv.slice(2);
const delivery = JSON.parse(options ?? '{}');
await startServer({ dataDir, port: Number(port), demo: true, logger: false, rateLimit: false, retention: false, delivery });
console.log('ready');
