/**
 * The form's steps, in order; review is last. Questions that belong together share a step (what and its
 * questions; whether it is happening now and, if not, when; the description and its photos; contact and,
 * for a named report, the privacy note): six steps, few enough for a phone at night.
 */
export const STEPS = ['category', 'when', 'where', 'what', 'contact', 'review'] as const;
export type StepId = (typeof STEPS)[number];

/** The id of the form control a request-body path belongs to, so an issue lands on the right field. */
export function fieldOfPath(path: readonly (string | number)[]): string {
  const [head, second] = path;
  switch (head) {
    case 'answers':
      return `answer-${String(second)}`;
    case 'addressId':
    case 'place':
      return 'place';
    case 'occurredAt':
      return 'date';
    case 'contact':
      return second === undefined || second === 'anonymous' ? 'name' : String(second);
    case 'privacyAccepted':
      return 'privacy';
    case 'attachments':
      return 'photos';
    case 'happeningNow':
      return 'now';
    default:
      return String(head);
  }
}

const FIELD_STEP: Record<string, StepId> = {
  kind: 'category',
  category: 'category',
  now: 'when',
  area: 'where',
  place: 'where',
  placeDetail: 'where',
  date: 'when',
  time: 'when',
  description: 'what',
  photos: 'what',
  name: 'contact',
  phone: 'contact',
  email: 'contact',
  privacy: 'contact',
};

/** The step that holds a field. */
export const stepOfField = (field: string): StepId =>
  field.startsWith('answer-') ? 'category' : field.startsWith('photos-') ? 'what' : (FIELD_STEP[field] ?? 'review');
