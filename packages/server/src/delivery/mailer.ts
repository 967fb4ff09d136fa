// Mail over SMTP with nodemailer. The transport is made once; nodemailer opens a connection per message, so a
// mail server that was down is used again as soon as it is back.
import nodemailer, { type Transporter } from 'nodemailer';
import type { AttemptResult } from './webhook-send.js';

export interface SmtpOptions {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
  secure?: boolean;
  /** Refuse to send without STARTTLS. */
  requireTLS?: boolean;
  auth?: { user: string; pass: string };
}

export interface MailOptions {
  /** An `smtp://user:pass@host:port` / `smtps://…` URL, or the parts. */
  smtp: string | SmtpOptions;
  /** The sender, e.g. `"Bostadsbolaget" <noreply@bostad.se>`. */
  from: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** One-click unsubscribe (RFC 8058) for tenant mails. */
  unsubscribeUrl?: string;
  /** The event id, so a mail sent twice after a crash can be recognised. */
  eventId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<AttemptResult>;
  close(): void;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);

/** `timeoutMs` bounds each phase of an attempt: connecting, the greeting, and any wait for the server. */
export const createMailer = (options: MailOptions, timeoutMs: number): Mailer => {
  const timeouts = { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs };
  const smtp = typeof options.smtp === 'string' ? new URL(options.smtp) : null;
  const transport: Transporter = nodemailer.createTransport(
    smtp
      ? {
          host: smtp.hostname, port: Number(smtp.port || (smtp.protocol === 'smtps:' ? 465 : 587)), secure: smtp.protocol === 'smtps:',
          auth: smtp.username ? { user: decodeURIComponent(smtp.username), pass: decodeURIComponent(smtp.password) } : undefined, ...timeouts,
        }
      : typeof options.smtp === 'object'
        ? { host: options.smtp.host, port: options.smtp.port, secure: options.smtp.secure ?? false, requireTLS: options.smtp.requireTLS ?? false, auth: options.smtp.auth, ...timeouts }
        : {},
  );
  return {
    send: async (mail) => {
      try {
        const info = (await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: {
            'X-Grannskap-Event-Id': mail.eventId,
            ...(mail.unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
          },
          ...(mail.unsubscribeUrl ? { list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Avsluta' } } } : {}),
        })) as { response?: string; rejected?: unknown[] };
        if (Array.isArray(info.rejected) && info.rejected.length > 0) return { ok: false, statusCode: 550, error: `the mail server refused ${mail.to}` };
        const code = Number(/^\d{3}/.exec(info.response ?? '250')?.[0] ?? 250);
        return { ok: true, statusCode: code, error: null };
      } catch (error) {
        const e = error as { responseCode?: number; code?: string; message?: string };
        return { ok: false, statusCode: e.responseCode ?? null, error: oneLine(`${e.code ?? 'SMTP'}: ${e.message ?? String(error)}`) };
      }
    },
    close: () => transport.close(),
  };
};

/** Mail options from the environment: GRANNSKAP_SMTP_URL and GRANNSKAP_MAIL_FROM. */
export const mailOptionsFromEnv = (env: NodeJS.ProcessEnv): MailOptions | undefined =>
  env.GRANNSKAP_SMTP_URL ? { smtp: env.GRANNSKAP_SMTP_URL, from: env.GRANNSKAP_MAIL_FROM ?? 'Grannskap <noreply@localhost>' } : undefined;
