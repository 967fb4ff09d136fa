/**
 * The private status link of a receipt: `template` with `{ref}` and `{token}` replaced (a widget's
 * `status-url` attribute), or this page with `?ref=&token=`, which `<grannskap-case-status>` reads.
 */
export function statusLink(template: string, reference: string, token: string, page: string = location.href): string {
  if (template) {
    return new URL(template.replaceAll('{ref}', encodeURIComponent(reference)).replaceAll('{token}', encodeURIComponent(token)), page).href;
  }
  const url = new URL(page);
  url.hash = '';
  url.searchParams.set('ref', reference);
  url.searchParams.set('token', token);
  return url.href;
}

/** Copies `text` to the clipboard; false when the page may not (the link is still there to select by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
