import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deps, HandlerMap } from '../http/context.js';
import { notFound } from '../http/problem.js';
import { linkKey, photoLinkValid, unsubscribeRecord, unsubscribeValid } from '../delivery/links.js';
import { tenantRecord } from '../delivery/tenant-records.js';

// One answer for every miss: a link that is wrong, expired or for a record that is gone.
const NO_LINK = 'This link is not valid (any more).';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

/** The case a token is for, when the token matches the address it holds. */
const caseFor = async (deps: Deps, token: string) => {
  const record = unsubscribeRecord(token);
  const found = record ? await tenantRecord(deps.store, record) : undefined;
  if (!record || !found?.email) throw notFound(NO_LINK);
  if (!unsubscribeValid(await linkKey(deps.store, deps.now()), token, found.email)) throw notFound(NO_LINK);
  return { record, found };
};

const wantsHtml = (accept: string | undefined) => /text\/html/.test(accept ?? '');

export const mailLinkHandlers: HandlerMap = {
  getUnsubscribe: {
    hideInvalid: NO_LINK,
    handle: async ({ deps, params }) => {
      const { found } = await caseFor(deps, (params as { token: string }).token);
      const html = page(
        `Sluta få mejl om ${found.name}`,
        `<p>Du får mejl när något händer med ${escapeHtml(found.name)}. Vill du sluta få dem?</p>` +
          '<form method="post"><button type="submit">Ja, sluta skicka mejl</button></form>' +
          '<p>Allt annat fortsätter som vanligt. Du kan fortfarande se hur det går via länken du fick när du skickade in.</p>',
      );
      return { raw: html, contentType: 'text/html; charset=utf-8' };
    },
  },
  unsubscribe: {
    hideInvalid: NO_LINK,
    handle: async (ctx) => {
      const token = (ctx.params as { token: string }).token;
      const result = await ctx.commit(async () => {
        const { record, found } = await caseFor(ctx.deps, token);
        if (found.wantsMail) await found.stopMail();
        return { body: { record, unsubscribed: true } };
      });
      // the page's button posts a form from a browser: answer it with a page, mail programs with JSON
      if (!wantsHtml(ctx.request.headers.accept)) return result;
      const name = (await tenantRecord(ctx.deps.store, (result.body as { record: string }).record))?.name ?? 'ärendet';
      return { raw: page('Klart', `<p>Du får inga fler mejl om ${escapeHtml(name)}.</p>`), contentType: 'text/html; charset=utf-8' };
    },
  },
  getPhotoLink: {
    hideInvalid: NO_LINK,
    handle: async ({ deps, params, query }) => {
      const id = (params as { id: string }).id;
      const { expires, signature } = query as { expires: number; signature: string };
      if (!photoLinkValid(await linkKey(deps.store, deps.now()), id, expires, signature, deps.now())) throw notFound(NO_LINK);
      const stored = await deps.store.getAttachment(id);
      if (!stored || stored.usedBy === null) throw notFound(NO_LINK);
      const data = await readFile(join(deps.uploadsDir, stored.file)).catch(() => null);
      if (!data) throw notFound(NO_LINK);
      return { raw: data, contentType: stored.contentType, headers: { 'content-disposition': 'inline', 'referrer-policy': 'no-referrer' } };
    },
  },
};
