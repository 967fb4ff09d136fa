import type { AddressInfo } from 'node:net';
import { buildApp, deliveryOf, storeOf } from './build.js';
import { createAdminToken } from '../http/auth.js';
import type { RunningServer, ServerOptions } from './options.js';
import { installDemoReceiver } from '../demo/outbox-routes.js';

/** Builds the app and listens (port 0 = an ephemeral port). */
export const startServer = async (options: ServerOptions & { port?: number; host?: string }): Promise<RunningServer> => {
  const app = await buildApp(options);
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port ?? 0, host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const now = options.now ?? (() => new Date());
  const listening = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : shownHost}:${address.port}`;
  deliveryOf(app).setPublicUrl(listening);
  if (options.demoOutbox) await installDemoReceiver(storeOf(app), listening, now());
  return {
    url: `http://${shownHost}:${address.port}`,
    app,
    createAdminToken: (label: string) => createAdminToken(storeOf(app), label, now()),
    close: async (graceMs = 2000) => {
      // In-flight requests get `graceMs` to finish; then lingering keep-alive sockets are cut,
      // so a client that never lets go cannot hold a shutdown for the 72 s keep-alive timeout.
      const timer = setTimeout(() => app.server.closeAllConnections(), graceMs);
      try {
        await app.close();
      } finally {
        clearTimeout(timer);
      }
    },
  };
};
