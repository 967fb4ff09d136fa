// What `npm start` sends, caught on this machine: an SMTP server (smtp-server) that keeps the mails instead of
// passing them on, and a webhook receiver that verifies each delivery like an integrator's would. The demo page
// /demo/outbox/ lists both, so a person who sends a report sees the jour's mail and the webhook arrive.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { Routing } from '@grannskap/contract';

export interface CaughtMail {
  id: number; at: string; from: string; to: string[]; subject: string; text: string; html: string;
  headers: Record<string, string>;
}
export interface CaughtWebhook { id: number; at: string; webhookId: string; type: string; verified: boolean; error: string | null; body: string }

export interface DemoOutbox {
  /** `smtp://127.0.0.1:<port>` of the catcher. */
  smtpUrl: string;
  mails: CaughtMail[];
  webhooks: CaughtWebhook[];
  /** Verifies and keeps one webhook delivery; answers the status to send back. */
  receive(body: string, headers: Record<string, string | string[] | undefined>, secrets: string[]): number;
  close(): Promise<void>;
}

/** The most kept of each; the oldest go first. */
const KEEP = 200;

const keep = <T>(list: T[], item: T) => {
  list.unshift(item);
  if (list.length > KEEP) list.length = KEEP;
};

export const startDemoOutbox = async (host = '127.0.0.1'): Promise<DemoOutbox> => {
  const mails: CaughtMail[] = [];
  const webhooks: CaughtWebhook[] = [];
  let seq = 0;
  const smtp = new SMTPServer({
    // a catcher on the loopback interface: no TLS, no sign-in, and nothing is relayed anywhere
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    banner: 'Grannskap demo mail catcher',
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
          keep(mails, {
            id: ++seq, at: new Date().toISOString(), from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address), subject: parsed.subject ?? '', text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '', headers,
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  smtp.on('error', () => undefined);
  await new Promise<void>((resolve) => smtp.listen(0, host, resolve));
  const { port } = smtp.server.address() as AddressInfo;

  return {
    smtpUrl: `smtp://${host}:${port}`,
    mails,
    webhooks,
    receive: (body, headers, secrets) => {
      const header = (name: string) => { const v = headers[name]; return Array.isArray(v) ? v[0] ?? '' : v ?? ''; };
      let verified = false;
      let error: string | null = null;
      for (const secret of secrets) {
        try {
          new Webhook(secret).verify(body, { 'webhook-id': header('webhook-id'), 'webhook-timestamp': header('webhook-timestamp'), 'webhook-signature': header('webhook-signature') });
          verified = true;
          break;
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
      }
      if (secrets.length === 0) error = 'no secret for the demo receiver';
      let type = '';
      try { type = String((JSON.parse(body) as { type?: unknown }).type ?? ''); } catch { type = ''; }
      keep(webhooks, { id: ++seq, at: new Date().toISOString(), webhookId: header('webhook-id'), type, verified, error: verified ? null : error, body });
      return verified ? 204 : 400;
    },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
};

export const DEMO_WEBHOOK_ID = 'demo-inbox';

/**
 * The demo's rules with the demo receiver added to every destination (default included), pointing at `url`.
 * Rules a person changed keep their changes; only the receiver's entry is added or moved to the current port.
 */
export const withDemoReceiver = (routing: Routing, url: string): Routing => {
  const webhook = { id: DEMO_WEBHOOK_ID, url, description: 'Demo: the receiver on /demo/outbox/', allowPrivate: true };
  const add = (to: Routing['default']) => ({ ...to, webhooks: [...new Set([...(to.webhooks ?? []), DEMO_WEBHOOK_ID])] });
  return {
    webhooks: [...routing.webhooks.filter((w) => w.id !== DEMO_WEBHOOK_ID), webhook],
    rules: routing.rules.map((r) => ({ ...r, to: add(r.to) })),
    default: add(routing.default),
  };
};
