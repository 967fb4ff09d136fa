import { LANGS, type Lang } from '@grannskap/contract';
import type { Transport } from './transport.js';

/** Adds the client's locale to a create body that has none, when it is a language the contract knows. */
export const withLocale = <T extends { locale?: Lang | undefined }>(t: Transport, body: T): T => {
  if (body.locale !== undefined || t.locale === undefined) return body;
  const lang = t.locale.slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(lang) ? { ...body, locale: lang as Lang } : body;
};
