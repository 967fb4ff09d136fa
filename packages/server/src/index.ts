export { buildApp } from './app/build.js';
export { startServer } from './app/start.js';
export type { ServerOptions, RunningServer } from './app/options.js';
export { openSqliteStore, DB_FILE } from './storage/sqlite.js';
export type { Store } from './storage/store.js';
export { startPartnerSite, partnerCsp } from './demo/partner-site.js';
export type { PartnerSite } from './demo/partner-site.js';
export { partnerSiteRoot } from './app/static.js';
