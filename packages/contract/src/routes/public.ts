// Every public operation, by group (one module each, so a bundle keeps only the groups it calls).
export * from './config.js';
export * from './catalogue.js';
export * from './reports.js';
export * from './cases.js';
export * from './activities.js';
export * from './trivselpeng.js';
export * from './mail.js';
