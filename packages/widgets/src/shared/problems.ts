// What went wrong, for the visitor, in their language: one plain message per problem code the server
// sends (PROBLEM_CODES in the contract) and per code the SDK gives to errors of its own (no connection,
// timeout, an answer that does not match the contract). A widget shows it where a request failed, instead
// of a message of its own, when the code says more than "it did not work" (full, closed, too large, …).
// Field-level issues go next to their fields instead (report-form/validation.ts and the like).
import { msg } from './msg.js';
import type { ProblemCode } from '@grannskap/contract';

/** Codes the SDK gives to failures that never reached the server or came back unreadable. */
export type ClientErrorCode = 'network_error' | 'timeout' | 'contract_mismatch';

const tryAgain = () => msg('Något gick fel. Försök igen om en stund.', { id: 'problem.generic' });

// A Record over the contract's codes: a new problem code does not compile until it has a message here.
const MESSAGES: Record<ProblemCode | ClientErrorCode, () => string> = {
  validation_failed: () => msg('Något av det du skrev behöver rättas.', { id: 'problem.validation_failed' }),
  malformed_json: tryAgain,
  not_found: () => msg('Vi hittar det inte. Länken kan vara fel eller för gammal.', { id: 'problem.not_found' }),
  method_not_allowed: tryAgain,
  unauthorized: () => msg('Länken fungerar inte. Kontrollera att du har använt hela länken.', { id: 'problem.unauthorized' }),
  payload_too_large: () => msg('Det du skickade är för stort. Ta bort några bilder eller välj mindre bilder.', { id: 'problem.payload_too_large' }),
  unsupported_media_type: () => msg('Den filen kan vi inte ta emot. Välj en bild.', { id: 'problem.unsupported_media_type' }),
  idempotency_key_required: tryAgain,
  idempotency_key_reused: tryAgain,
  idempotency_in_progress: () => msg('Det skickas redan. Vänta en stund.', { id: 'problem.idempotency_in_progress' }),
  rate_limited: () => msg('Det har kommit för många försök på kort tid. Vänta en minut och försök igen.', { id: 'problem.rate_limited' }),
  registration_closed: () => msg('Anmälan har stängt.', { id: 'problem.registration_closed' }),
  occurrence_full: () => msg('Det är fullt nu.', { id: 'problem.occurrence_full' }),
  not_allowed_now: () => msg('Det går inte att göra det här just nu.', { id: 'problem.not_allowed_now' }),
  internal_error: () => msg('Något gick fel hos oss. Försök igen om en stund.', { id: 'problem.internal_error' }),
  network_error: () => msg('Det går inte att nå tjänsten. Kontrollera att du är ansluten till internet och försök igen.', { id: 'problem.network_error' }),
  timeout: () => msg('Det tog för lång tid att få svar. Försök igen om en stund.', { id: 'problem.timeout' }),
  contract_mismatch: tryAgain,
};

/** The visitor's message for an error code (a server problem code or an SDK code); a general one otherwise. */
export function problemMessage(code: string | undefined): string {
  const message = code ? MESSAGES[code as keyof typeof MESSAGES] : undefined;
  return (message ?? tryAgain)();
}

/**
 * The line under a request that failed: the problem's own message when its code says more than "try
 * again" (rate limited, closed, full, too large, no connection, …), else `general` (the widget's "… could
 * not be sent. Try again in a while."). `code` is the failed request's (see `errorCode`).
 */
export function failedLine(general: string, code: string | false | undefined): string {
  const message = code ? MESSAGES[code as keyof typeof MESSAGES] : undefined;
  return message && message !== tryAgain ? message() : general;
}

/** The codes `problemMessage` knows (for tests and documentation). */
export const KNOWN_PROBLEM_CODES = Object.keys(MESSAGES) as (ProblemCode | ClientErrorCode)[];
