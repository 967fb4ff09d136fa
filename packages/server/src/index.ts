export { buildApp } from './app/build.js';
export { startServer } from './app/start.js';
export type { ServerOptions, RunningServer } from './app/options.js';
export { openSqliteStore, DB_FILE } from './storage/sqlite.js';
export type { Store } from './storage/store.js';
