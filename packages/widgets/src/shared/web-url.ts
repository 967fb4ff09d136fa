/**
 * Only http(s) addresses from the server become links: the contract's `z.url()` accepts any scheme,
 * `javascript:` included, and a link is the one place where server text could run as script.
 */
export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);
