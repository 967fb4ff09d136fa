import type { FastifyInstance } from 'fastify';
import type { Store } from '../storage/store.js';
import { ensureWebhookSecrets } from '../handlers/routing.js';
import { DEMO_WEBHOOK_ID, withDemoReceiver, type DemoOutbox } from './outbox.js';

/** The demo receiver's endpoint and the JSON the /demo/outbox/ page lists. */
export const registerDemoOutbox = async (app: FastifyInstance, store: Store, outbox: DemoOutbox, now: () => Date) => {
  await app.register(async (scope) => {
    // the signature is over the exact bytes: keep the body as text
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_request, body, done) => done(null, body));
    scope.post('/demo/inbox/webhook', async (request, reply) => {
      const status = outbox.receive(String(request.body ?? ''), request.headers, await store.webhookSecrets(DEMO_WEBHOOK_ID, now().toISOString()));
      return reply.code(status).send();
    });
  });
  app.get('/demo/outbox.json', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ mails: outbox.mails, webhooks: outbox.webhooks }));
};

/** Points the demo receiver at where this server listens now (the port may differ from the last start). */
export const installDemoReceiver = async (store: Store, baseUrl: string, now: Date): Promise<void> => {
  const stored = await store.getRouting();
  if (!stored) return;
  const routing = withDemoReceiver(stored.routing, `${baseUrl}/demo/inbox/webhook`);
  await store.transaction(async () => {
    await store.setRouting(routing, now.toISOString(), stored.updatedBy ?? 'demo');
    await ensureWebhookSecrets({ store }, routing, now);
  });
};
