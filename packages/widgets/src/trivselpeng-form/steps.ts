/** The eligibility check comes first, outside the numbered steps; then these, in order. */
export const STEPS = ['organiser', 'activity', 'budget', 'review'] as const;
export type StepId = 'eligibility' | (typeof STEPS)[number];

/** The id of the form control a request-body path belongs to, so an issue lands on the right field. */
export function fieldOfPath(path: readonly (string | number)[]): string {
  const [head, second, third] = path;
  switch (head) {
    case 'applicant':
      return second === 'age' || second === 'phone' || second === 'email' || second === 'address' ? String(second) : 'name';
    case 'coOrganisers':
      return typeof second === 'number' ? `co-${second + 1}-${third === 'address' ? 'address' : 'name'}` : 'co-1-name';
    case 'activity':
      return second === 'expectedParticipants' ? 'participants' : String(second ?? 'title');
    case 'budget':
      return typeof second === 'number' ? `${third === 'amount' ? 'amount' : 'item'}-${second + 1}` : 'item-1';
    case 'requestedTotal':
      return 'total';
    case 'eligibility':
      return `rule-${String(second)}`;
    case 'consents':
      return second === 'truthful' ? 'truthful' : 'privacy';
    default:
      return String(head);
  }
}

const FIELD_STEP: Record<string, StepId> = {
  name: 'organiser',
  address: 'organiser',
  phone: 'organiser',
  email: 'organiser',
  age: 'organiser',
  area: 'activity',
  title: 'activity',
  description: 'activity',
  date: 'activity',
  startTime: 'activity',
  place: 'activity',
  targetGroup: 'activity',
  participants: 'activity',
  total: 'budget',
  privacy: 'review',
  truthful: 'review',
};

/** The step that holds a field. */
export function stepOfField(field: string): StepId {
  if (field.startsWith('co-')) return 'organiser';
  if (field.startsWith('item-') || field.startsWith('amount-')) return 'budget';
  if (field.startsWith('rule-')) return 'eligibility';
  return FIELD_STEP[field] ?? 'review';
}

/** The fields in the order they appear on the page; numbered lines keep their own order inside their group. */
const FIELD_ORDER = ['rule', 'name', 'address', 'phone', 'email', 'age', 'co', 'title', 'description', 'date', 'startTime', 'area', 'place', 'targetGroup', 'participants', 'line', 'total', 'privacy', 'truthful'];

const rank = (field: string): [number, number, number] => {
  const line = /^(item|amount)-(\d+)$/.exec(field);
  if (line) return [FIELD_ORDER.indexOf('line'), Number(line[2]), line[1] === 'item' ? 0 : 1];
  const co = /^co-(\d+)-(name|address)$/.exec(field);
  if (co) return [FIELD_ORDER.indexOf('co'), Number(co[1]), co[2] === 'name' ? 0 : 1];
  if (field.startsWith('rule-')) return [0, 0, 0];
  const at = FIELD_ORDER.indexOf(field);
  return [at < 0 ? FIELD_ORDER.length : at, 0, 0];
};

/** Errors in page order, so the summary reads top to bottom like the form. */
export function inFieldOrder<E extends { field: string }>(errors: readonly E[]): E[] {
  return [...errors].sort((a, b) => {
    const x = rank(a.field);
    const y = rank(b.field);
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}
