export { buildOpenApi } from './build.js';
