import { LANGS, toLocalDateTime, zonedToInstant } from '@grannskap/contract';
import type { Category, Config, Lang, ReportCreate, ReportKind } from '@grannskap/contract';

export type Answer = string | number | boolean | string[];

/** Everything the tenant has typed or chosen. Personal fields are the `contact*` ones. */
export interface FormState {
  kind: ReportKind | '';
  category: string;
  answers: Record<string, Answer>;
  happeningNow: boolean | null;
  area: string;
  place: string;
  placeDetail: string;
  date: string;
  time: string;
  description: string;
  anonymous: boolean;
  name: string;
  phone: string;
  email: string;
  privacyAccepted: boolean;
}

/** The keys that may be written to a draft; name, phone and email never are. */
export const DRAFT_KEYS = ['kind', 'category', 'answers', 'happeningNow', 'area', 'place', 'placeDetail', 'date', 'time', 'description'] as const;
export const PERSONAL_KEYS = ['name', 'phone', 'email'];

export function initialState(config: Config, area: string, now: Date = new Date()): FormState {
  const [date = '', time = ''] = toLocalDateTime(now, config.timeZone).split('T');
  return {
    kind: '',
    category: '',
    answers: {},
    happeningNow: null,
    area,
    place: '',
    placeDetail: '',
    date,
    time: time.slice(0, 5),
    description: '',
    anonymous: true,
    name: '',
    phone: '',
    email: '',
    privacyAccepted: false,
  };
}

const trimmed = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

/** The occurrence time as an instant, or '' when the date or time is not a valid local time. */
function occurredAt(state: FormState, timeZone: string): string {
  try {
    return zonedToInstant(`${state.date}T${state.time}`, timeZone).toISOString();
  } catch {
    return '';
  }
}

/**
 * The request body the contract expects, built from the form. Empty fields are left out (or left empty)
 * so that the contract's own schema reports them as missing; nothing is checked twice.
 */
export function assembleBody(state: FormState, config: Config, category: Category | undefined, locale: string): ReportCreate {
  const answers: Record<string, Answer> = {};
  for (const field of category?.fields ?? []) {
    const value = state.answers[field.code];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    answers[field.code] = value;
  }
  const place = trimmed(state.place);
  const placeDetail = trimmed(state.placeDetail);
  const body: ReportCreate = {
    category: state.category,
    area: state.area,
    occurredAt: occurredAt(state, config.timeZone),
    happeningNow: state.happeningNow ?? false,
    description: state.description,
    attachments: [],
    contact: state.anonymous
      ? { anonymous: true }
      : {
          anonymous: false,
          name: state.name.trim(),
          ...(trimmed(state.phone) ? { phone: state.phone.trim() } : {}),
          ...(trimmed(state.email) ? { email: state.email.trim() } : {}),
        },
    privacyAccepted: state.privacyAccepted as true,
    ...((LANGS as readonly string[]).includes(locale) ? { locale: locale as Lang } : {}),
    ...(place ? { place } : {}),
    ...(placeDetail ? { placeDetail } : {}),
    ...(Object.keys(answers).length ? { answers } : {}),
  };
  return body;
}
