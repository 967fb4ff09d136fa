// Starts the real reference server (SQLite in a temp dir, demo data, no rate limit) for a test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@grannskap/server';

export interface TestServer {
  url: string;
  adminToken: string;
  dataDir: string;
  port: number;
  /** Stops the server and deletes its data folder, unless `keepData` (to start it again on the same database). */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export interface TestServerOptions {
  rateLimit?: { max: number; timeWindowMs: number } | false;
  /** The server's clock (default: the real one). */
  now?: () => Date;
  port?: number;
  /** Reuse a data folder (to restart a server on the same database). */
  dataDir?: string;
}

export const startTestServer = async (options: TestServerOptions = {}): Promise<TestServer> => {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'grannskap-sdk-test-'));
  const server = await startServer({
    dataDir, demo: true, rateLimit: options.rateLimit ?? false, logger: false, port: options.port ?? 0, host: '127.0.0.1',
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    url: server.url,
    adminToken: await server.createAdminToken('sdk tests'),
    dataDir,
    port: Number(new URL(server.url).port),
    close: async ({ keepData = false } = {}) => {
      await server.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
