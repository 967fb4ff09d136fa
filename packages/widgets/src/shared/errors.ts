/** A widget error that is not the SDK's: the code travels in `grannskap-error` events. */
export class WidgetError extends Error {
  override readonly name = 'WidgetError';
  constructor(
    readonly code: 'no-api-base' | 'bad-api-base' | 'locale' | 'part',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The machine code of anything thrown: an SDK error's `code`, a WidgetError's, else `unknown`. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
}
