// Links into the calendar from outside: one activity's occurrence (`?grannskap-activity=<id>`), which opens
// its details when the page is opened with it. The calendar's own parameters are all prefixed
// `grannskap-`, so the host page's own parameters are left as they are.

/** The parameter that names an occurrence to open: its entry id, `<activity id>@<key>`. */
export const ACTIVITY_PARAM = 'grannskap-activity';
const PREFIX = 'grannskap-';

/** This page without its fragment, the private cancel link's token, or the calendar's own parameters. */
export function pageUrl(page: string = location.href): URL {
  const url = new URL(page);
  url.hash = '';
  // a visit through the private cancel link must not hand its token on
  url.searchParams.delete('registration');
  url.searchParams.delete('token');
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(PREFIX)) url.searchParams.delete(key);
  return url;
}

/** The link that opens one occurrence's details (`entryId` is `Entry.id`). */
export function activityLink(entryId: string, page: string = location.href): string {
  const url = pageUrl(page);
  url.searchParams.set(ACTIVITY_PARAM, entryId);
  return url.href;
}

/** The occurrence a link names, or undefined for none or nonsense. */
export function linkedOccurrence(search: string = location.search): { activityId: string; key: string } | undefined {
  const value = new URLSearchParams(search).get(ACTIVITY_PARAM) ?? '';
  const at = value.lastIndexOf('@');
  const key = value.slice(at + 1);
  if (at < 1 || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(key)) return undefined;
  return { activityId: value.slice(0, at), key };
}
