// A part of a widget that is not needed for its first render (a dialog, a later step, a receipt) and
// loads the first time it is needed, from a module the widget names with a fixed string
// (`() => import('./dialog-parts.js')`: bundlers and the test runner cannot follow a computed path).
// The widget shows `renderPartPending` where the part goes until it is there: a short loading line,
// or, when the chunk could not be fetched, a plain message with a retry. Nothing the visitor typed
// lives in the part itself, so a failed load loses nothing.
import { adoptStyles, html } from 'lit';
import type { CSSResultOrNative, LitElement, ReactiveControllerHost, TemplateResult } from 'lit';
import { WidgetError } from './errors.js';
import { messages } from './messages.js';

/**
 * Read by the CDN bundles' dynamic imports (scripts/lib/retryable-imports.mjs): a browser keeps a failed
 * module fetch for the life of the page, so a retry asks for the chunk's URL with `?retry=N`.
 */
const RETRY_QUERY = Symbol.for('grannskap.importRetry');

export class LazyPart<T> {
  /** The loaded module, once it is there. */
  value: T | undefined;
  /** The last load failed (a retry clears it). */
  failed = false;
  private loading: Promise<T> | undefined;
  private retries = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
    private readonly onError: (error: WidgetError) => void,
  ) {}

  /** The part, loading it when it is not there yet; a failed load can be tried again by calling this again. */
  get(): Promise<T> {
    if (this.loading) return this.loading;
    if (this.failed) {
      // trying again: the loading line replaces the message until it is known how this try went
      this.failed = false;
      this.retries += 1;
      this.host.requestUpdate();
    }
    this.loading = this.start().then(
      (value) => {
        this.value = value;
        this.failed = false;
        this.host.requestUpdate();
        return value;
      },
      (cause: unknown) => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        const error = new WidgetError('part', 'a part of the widget could not be loaded', { cause });
        this.onError(error);
        throw error;
      },
    );
    return this.loading;
  }

  /** Calls the loader; a retry's `import()` reads the query while it is called (it evaluates its specifier at once). */
  private start(): Promise<T> {
    const scope = globalThis as { [RETRY_QUERY]?: string };
    scope[RETRY_QUERY] = this.retries > 0 ? `?retry=${this.retries}` : '';
    try {
      return this.load();
    } finally {
      scope[RETRY_QUERY] = '';
    }
  }

  /**
   * Starts loading without waiting, unless it is there, on its way, or failed (then only `get`, from the
   * visitor's retry, tries again: safe to call while rendering). A failure shows through `failed` and the event.
   */
  preload(): void {
    if (!this.value && !this.loading && !this.failed) this.get().catch(() => undefined);
  }
}

/**
 * What stands where a part goes while it loads, or after it failed to load (with the retry, `#part-retry`).
 * The loading line (`#part-status`) can take the focus when the retry that had it goes away.
 */
export function renderPartPending(failed: boolean, retry: () => void): TemplateResult {
  return failed
    ? html`<div class="status status--error" part="status" role="alert">
        <p>${messages.loadFailed()}</p>
        <button type="button" id="part-retry" part="retry" @click=${retry}>${messages.retry()}</button>
      </div>`
    : html`<p id="part-status" class="status" part="status" role="status" tabindex="-1">${messages.loading()}</p>`;
}

/**
 * Gives a widget the styles of a part that has loaded: placed before the widget's own rules (the last of
 * its static styles), which keep winning. One part per widget: a second call replaces the first's.
 */
export function adoptPartStyles(host: LitElement, styles: readonly CSSResultOrNative[]): void {
  const own = (host.constructor as typeof LitElement).elementStyles;
  if (host.renderRoot instanceof ShadowRoot) adoptStyles(host.renderRoot, [...own.slice(0, -1), ...styles, ...own.slice(-1)]);
}
