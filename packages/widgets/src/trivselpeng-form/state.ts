import { LANGS } from '@grannskap/contract';
import type { Config, Lang, TrivselpengCreate } from '@grannskap/contract';
import { parseWholeNumber, totalOf } from './budget.js';

/** One budget line as typed: the amount stays text until it is checked, so "1 200" is kept as written. */
export interface BudgetLineDraft {
  /** Stable local id, so a line keeps its inputs (and focus) when another line is removed. */
  key: number;
  item: string;
  amount: string;
}

/** A co-organiser from another household. Personal data: never in the draft. */
export interface CoOrganiserDraft {
  key: number;
  name: string;
  address: string;
}

/** Everything the applicant has typed or chosen. */
export interface FormState {
  /** Rule code → the answer ("yes" = true); unanswered rules are missing. */
  eligibility: Record<string, boolean>;
  area: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  /** E-mail about the application (a receipt, each decision); needs `email`. Kept in the draft: a choice, not personal data. */
  emailUpdates: boolean;
  age: string;
  coOrganisers: CoOrganiserDraft[];
  title: string;
  description: string;
  date: string;
  startTime: string;
  place: string;
  targetGroup: string;
  participants: string;
  budget: BudgetLineDraft[];
  privacyAccepted: boolean;
  truthful: boolean;
}

/**
 * What may be written to the draft: the activity, the budget, the area, the eligibility answers and whether
 * e-mail about the application is wanted. The organiser's and co-organisers' names, addresses, phone, email
 * and age never are.
 */
export const DRAFT_KEYS = ['eligibility', 'area', 'title', 'description', 'date', 'startTime', 'place', 'targetGroup', 'participants', 'budget', 'emailUpdates'] as const;
/** The draft store strips these at any depth as a safety net (see `createDraftStore`). */
export const PERSONAL_KEYS = ['name', 'address', 'phone', 'email', 'age', 'applicant', 'coOrganisers'];

let keys = 0;
/** A fresh local key for a budget line or a co-organiser. */
export const nextKey = (): number => ++keys;

export const emptyLine = (): BudgetLineDraft => ({ key: nextKey(), item: '', amount: '' });
export const emptyCoOrganiser = (): CoOrganiserDraft => ({ key: nextKey(), name: '', address: '' });

export function initialState(config: Config, area: string): FormState {
  return {
    eligibility: {},
    area,
    name: '',
    address: '',
    phone: '',
    email: '',
    emailUpdates: false,
    age: '',
    coOrganisers: Array.from({ length: config.limits.trivselpeng.coOrganisersRequired }, emptyCoOrganiser),
    title: '',
    description: '',
    date: '',
    startTime: '',
    place: '',
    targetGroup: '',
    participants: '',
    budget: [emptyLine()],
    privacyAccepted: false,
    truthful: false,
  };
}

/** Lines restored from a draft get new local keys (a key is only unique within one page). */
export const restoredLines = (lines: unknown): BudgetLineDraft[] | undefined =>
  Array.isArray(lines) && lines.length
    ? lines.map((l: Partial<BudgetLineDraft>) => ({ key: nextKey(), item: String(l?.item ?? ''), amount: String(l?.amount ?? '') }))
    : undefined;

const trimmed = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);
/** A number field as the contract expects it; text that is not a whole number becomes NaN, which the schema refuses. */
const wholeOrNaN = (raw: string): number => {
  const parsed = parseWholeNumber(raw);
  return parsed.ok ? parsed.value : Number.NaN;
};

/**
 * The request body the contract expects, built from the form. Empty optional fields are left out so
 * that the contract's own schema decides what is missing; nothing is checked twice.
 */
export function assembleBody(state: FormState, config: Config, locale: string): TrivselpengCreate {
  const phone = trimmed(state.phone);
  const email = trimmed(state.email);
  const budget = state.budget.map((l) => ({ item: l.item.trim(), amount: wholeOrNaN(l.amount) }));
  return {
    area: state.area,
    applicant: {
      name: state.name.trim(),
      address: state.address.trim(),
      age: wholeOrNaN(state.age),
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      // sent only when asked for; without an address the contract's schema says so at the e-mail field
      ...(state.emailUpdates ? { emailUpdates: true } : {}),
    },
    coOrganisers: state.coOrganisers.map((c) => ({ name: c.name.trim(), address: c.address.trim() })),
    activity: {
      title: state.title.trim(),
      description: state.description,
      date: state.date,
      place: state.place.trim(),
      targetGroup: state.targetGroup.trim(),
      expectedParticipants: wholeOrNaN(state.participants),
      ...(state.startTime ? { startTime: state.startTime } : {}),
    },
    budget,
    requestedTotal: totalOf(state.budget),
    eligibility: Object.fromEntries(config.limits.trivselpeng.rules.filter((r) => state.eligibility[r.code] === true).map((r) => [r.code, true as const])),
    consents: { privacy: state.privacyAccepted as true, truthful: state.truthful as true },
    ...((LANGS as readonly string[]).includes(locale) ? { locale: locale as Lang } : {}),
  };
}
