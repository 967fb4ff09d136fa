/** The form's steps, in order; review is last. */
export const STEPS = ['category', 'now', 'where', 'when', 'what', 'photos', 'contact', 'privacy', 'review'] as const;
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
  now: 'now',
  area: 'where',
  place: 'where',
  placeDetail: 'where',
  date: 'when',
  time: 'when',
  description: 'what',
  photos: 'photos',
  name: 'contact',
  phone: 'contact',
  email: 'contact',
  privacy: 'privacy',
};

/** The step that holds a field. */
export const stepOfField = (field: string): StepId =>
  field.startsWith('answer-') ? 'category' : field.startsWith('photos-') ? 'photos' : (FIELD_STEP[field] ?? 'review');
