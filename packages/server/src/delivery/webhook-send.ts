// One webhook attempt over node:http(s). The address a name resolves to is checked in the connection's own
// lookup, so a name that resolves to a private address (or is re-pointed there after the rules were checked —
// DNS rebinding) is refused at the moment of sending, not only when the rules were saved.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateHost } from '../domain/routing.js';
import { parseRetryAfter } from './schedule.js';

export interface WebhookRequest {
  url: string;
  allowPrivate: boolean;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  retryAfterMs?: number;
  /** The receiver said the endpoint is gone (410): no more attempts. */
  gone?: boolean;
}

/** The response body is read only this far (for the error line) and then dropped. */
const MAX_RESPONSE_BYTES = 16 * 1024;

export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError';
}

/** dns.lookup that refuses (unless `allowPrivate`) a name resolving only to loopback or private addresses. */
export const guardedLookup = (allowPrivate: boolean): LookupFunction => (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const usable = allowPrivate ? addresses : addresses.filter((a) => !isPrivateHost(new URL(`http://${a.family === 6 ? `[${a.address}]` : a.address}`)));
    if (usable.length === 0) return callback(new PrivateAddressError(`${hostname} resolves to a loopback or private address`), '', 0);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
    callback(null, usable[0]!.address, usable[0]!.family);
  });
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);

export const sendWebhook = (request: WebhookRequest): Promise<AttemptResult> =>
  new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      resolve({ ok: false, statusCode: null, error: 'not a URL' });
      return;
    }
    // an address written as an IP never goes through lookup, so it is checked here
    if (!request.allowPrivate && (url.protocol !== 'https:' || isPrivateHost(url))) {
      resolve({ ok: false, statusCode: null, error: url.protocol !== 'https:' ? 'http is only allowed with allowPrivate' : 'a loopback or private address is only allowed with allowPrivate' });
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const done = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = client.request(url, {
      method: 'POST',
      headers: { ...request.headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(request.body)) },
      lookup: guardedLookup(request.allowPrivate),
      // a fresh connection per attempt: no socket kept to a receiver whose address may change
      agent: false,
    });
    // the whole attempt, from connecting to the last byte of the answer, must fit in the timeout
    const timer = setTimeout(() => {
      req.destroy();
      done({ ok: false, statusCode: null, error: `no answer within ${request.timeoutMs} ms` });
    }, request.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      done({ ok: false, statusCode: null, error: oneLine(error instanceof PrivateAddressError ? error.message : `${error.code ?? error.name}: ${error.message}`) });
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < MAX_RESPONSE_BYTES) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('error', () => undefined);
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) return done({ ok: true, statusCode: status, error: null });
        const text = oneLine(Buffer.concat(chunks).toString('utf8').slice(0, 200));
        const retryAfterHeader = res.headers['retry-after'];
        done({
          ok: false,
          statusCode: status,
          error: `HTTP ${status}${status === 410 ? ' (the receiver says the endpoint is gone)' : ''}${text ? `: ${text}` : ''}`,
          retryAfterMs: parseRetryAfter(Array.isArray(retryAfterHeader) ? retryAfterHeader[0] : retryAfterHeader, Date.now()),
          gone: status === 410,
        });
      });
    });
    req.end(request.body);
  });
