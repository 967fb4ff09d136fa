// @grannskap/widgets: the element classes and the pieces to build widgets with.
// Importing this module defines no element; import `@grannskap/widgets/grannskap-<name>.js` for that.
export { GrannskapProvider } from './provider/provider.js';
export { GrannskapOnCall, OnCallController, renderOnCall, formatWhen, MAX_TIMER_MS } from './on-call/on-call.js';
export { onCallStyles } from './on-call/on-call.styles.js';
export { GrannskapCaseStatus, statusLabel } from './case-status/case-status.js';
export { GrannskapReportForm } from './report-form/report-form.js';
export { GrannskapSubmittedEvent, GrannskapQueuedEvent } from './events/submitted-event.js';
export type { GrannskapSubmittedDetail, GrannskapQueuedDetail } from './events/submitted-event.js';
export { intlLocale, formatDateTime, formatMoney, telHref } from './shared/format.js';
export { GrannskapElement } from './shared/grannskap-element.js';
export { ApiController } from './shared/api-controller.js';
export type { ApiHost, ApiSource } from './shared/api-controller.js';
export { clientContext, configContext } from './shared/context.js';
export type { ConfigState, GrannskapClient } from './shared/context.js';
export { clientFor } from './shared/client.js';
export { WidgetError, errorCode } from './shared/errors.js';
export { LOCALES, SOURCE_LOCALE, TARGET_LOCALES, applyLang, getLocale, resolveLocale, setLocale } from './shared/localization.js';
export type { Locale } from './shared/localization.js';
export { messages } from './shared/messages.js';
export { GrannskapErrorEvent } from './events/error-event.js';
export type { GrannskapErrorDetail } from './events/error-event.js';
export { GrannskapReadyEvent } from './events/ready-event.js';
export type { GrannskapReadyDetail } from './events/ready-event.js';
export { tokens, baseStyles, statusStyles } from './styles/tokens.styles.js';
