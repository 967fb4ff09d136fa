import type { FieldIssue } from '@grannskap/contract';
import type { Store } from '../storage/store.js';
import { issue } from '../http/problem.js';

/** Attachment ids must exist, be unused and appear once; runs inside the write's transaction. */
export const checkAttachments = async (store: Store, ids: readonly string[], at: (string | number)[], maxCount: number): Promise<FieldIssue[]> => {
  const out: FieldIssue[] = [];
  if (ids.length > maxCount) out.push(issue(at, 'too_big', `At most ${maxCount} photos.`, { maximum: maxCount }));
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    const found = await store.getAttachment(id);
    if (!found || found.usedBy !== null || seen.has(id)) out.push(issue([...at, i], 'unknown', 'No such photo, or it is already attached to something else.'));
    seen.add(id);
  }
  return out;
};
