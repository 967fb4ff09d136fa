export { checkRecurrence, expandOccurrences, MAX_OCCURRENCES } from './expand.js';
export type { ExpandedOccurrence } from './expand.js';
export { activitiesToIcs } from './ics.js';
export type { IcsOptions } from './ics.js';
export { InvalidRecurrenceError } from './errors.js';
export { checkRrule } from './rrule-check.js';
