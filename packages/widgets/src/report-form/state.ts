import { LANGS, onlyAnswer, toLocalDateTime, zonedToInstant } from '@grannskap/contract';
import type { Answer, Category, CategoryField, Config, Lang, ReportCreate, ReportKind } from '@grannskap/contract';

export type { Answer };

/** Everything the tenant has typed or chosen. Personal fields are the `contact*` ones. */
export interface FormState {
  kind: ReportKind | '';
  category: string;
  answers: Record<string, Answer>;
  happeningNow: boolean | null;
  area: string;
  /** An address chosen from the list; empty when the place is free text. Not personal data. */
  addressId: string;
  /** The free-text place, or the chosen address as shown. */
  place: string;
  placeDetail: string;
  date: string;
  time: string;
  description: string;
  anonymous: boolean;
  name: string;
  phone: string;
  email: string;
  /** E-mail about the case (receipt, status, messages); needs `email`. Kept in the draft: a choice, not personal data. */
  emailUpdates: boolean;
  privacyAccepted: boolean;
}

/** The keys that may be written to a draft; name, phone and email never are. */
export const DRAFT_KEYS = ['kind', 'category', 'answers', 'happeningNow', 'area', 'addressId', 'place', 'placeDetail', 'date', 'time', 'description', 'emailUpdates'] as const;
export const PERSONAL_KEYS = ['name', 'phone', 'email'];

export function initialState(config: Config, area: string, now: Date = new Date()): FormState {
  const [date = '', time = ''] = toLocalDateTime(now, config.timeZone).split('T');
  return {
    kind: '',
    category: '',
    answers: {},
    happeningNow: null,
    area,
    addressId: '',
    place: '',
    placeDetail: '',
    date,
    time: time.slice(0, 5),
    description: '',
    anonymous: true,
    name: '',
    phone: '',
    email: '',
    emailUpdates: false,
    privacyAccepted: false,
  };
}

/** The questions the form asks: a question with only one possible answer is answered, not asked. */
export const askedFields = (category: Category | undefined): CategoryField[] => (category?.fields ?? []).filter((f) => onlyAnswer(f) === undefined);

/** The answers a category's questions can only have, given for the tenant when the category is chosen. */
export function givenAnswers(category: Category | undefined): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const field of category?.fields ?? []) {
    const only = onlyAnswer(field);
    if (only !== undefined) answers[field.code] = only;
  }
  return answers;
}

const trimmed = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

/** The occurrence time as an instant (now, when it is happening now), or '' when the date or time is not a valid local time. */
function occurredAt(state: FormState, timeZone: string, now: Date): string {
  if (state.happeningNow) return now.toISOString();
  try {
    return zonedToInstant(`${state.date}T${state.time}`, timeZone).toISOString();
  } catch {
    return '';
  }
}

/**
 * The request body the contract expects, built from the form. Empty fields are left out (or left empty)
 * so that the contract's own schema reports them as missing; nothing is checked twice. A chosen address
 * is sent as `addressId` alone (its text is the server's); `place` is only free text. `attachments` are
 * the ids of the photos uploaded so far. A report about something happening now happened now: no date
 * and time are asked for it.
 */
export function assembleBody(state: FormState, config: Config, category: Category | undefined, locale: string, attachments: readonly string[] = [], now: Date = new Date()): ReportCreate {
  const answers: Record<string, Answer> = {};
  for (const field of category?.fields ?? []) {
    const value = state.answers[field.code];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    answers[field.code] = value;
  }
  const addressId = state.addressId || undefined;
  const place = addressId ? undefined : trimmed(state.place);
  const placeDetail = trimmed(state.placeDetail);
  const body: ReportCreate = {
    category: state.category,
    area: state.area,
    occurredAt: occurredAt(state, config.timeZone, now),
    happeningNow: state.happeningNow ?? false,
    description: state.description,
    attachments: [...attachments],
    contact: state.anonymous
      ? { anonymous: true }
      : {
          anonymous: false,
          name: state.name.trim(),
          ...(trimmed(state.phone) ? { phone: state.phone.trim() } : {}),
          ...(trimmed(state.email) ? { email: state.email.trim() } : {}),
          // sent only when asked for; without an address the contract's schema says so at the e-mail field
          ...(state.emailUpdates ? { emailUpdates: true } : {}),
        },
    // asked of a named report only: an anonymous one carries no contact data
    ...(!state.anonymous && state.privacyAccepted ? { privacyAccepted: true as const } : {}),
    ...((LANGS as readonly string[]).includes(locale) ? { locale: locale as Lang } : {}),
    ...(addressId ? { addressId } : {}),
    ...(place ? { place } : {}),
    ...(placeDetail ? { placeDetail } : {}),
    ...(Object.keys(answers).length ? { answers } : {}),
  };
  return body;
}
