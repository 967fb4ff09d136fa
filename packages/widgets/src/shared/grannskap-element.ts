import { LitElement, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { GrannskapErrorEvent } from '../events/error-event.js';
import { baseStyles, statusStyles, tokens } from '../styles/tokens.styles.js';
import { ApiController } from './api-controller.js';
import { errorCode, WidgetError } from './errors.js';
import { applyLang } from './localization.js';
import { messages } from './messages.js';

/**
 * Base class of every Grannskap widget: the `api-base` and `lang` attributes, the SDK client and the
 * configuration (from a surrounding `grannskap-provider` or its own), re-rendering when the language
 * changes, the shared design tokens, and a standard status line for loading and errors.
 *
 * A widget extends it, adds its own styles after `GrannskapElement.styles`, and renders
 * `this.renderStatus()` until `this.api.config` is there.
 *
 * @fires grannskap-ready - Standing alone, the configuration has been loaded (`detail.config`).
 * @fires grannskap-error - No `api-base`, the configuration failed to load, or a language catalogue failed (`detail.code`).
 * @csspart status - The loading / error line.
 * @csspart retry - The "try again" button in the error line.
 * @cssproperty --grannskap-font - Font family; inherits the page's font by default.
 * @cssproperty --grannskap-color-accent - Accent colour (buttons, links, focus).
 * @cssproperty --grannskap-radius - Corner radius.
 */
export class GrannskapElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles, statusStyles];

  /** The API's base URL. Not needed inside a `grannskap-provider`, which has its own. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The language (`sv`, `en`, …). Swedish when unset or unsupported. Applies to every widget on the page. */
  @property({ reflect: true }) override lang = '';

  /** The SDK client and the configuration. */
  protected readonly api = new ApiController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('lang')) {
      applyLang(this.lang, changed.get('lang'), (error) =>
        this.dispatchEvent(GrannskapErrorEvent.from(this.localName, new WidgetError('locale', `Could not load the catalogue for ${this.lang}`, { cause: error }))),
      );
    }
  }

  /** A status line while the configuration loads or when it failed; nothing once it is ready. */
  protected renderStatus(): TemplateResult | typeof nothing {
    const state = this.api.state;
    if (state.status === 'ready') return nothing;
    if (state.status === 'loading') return html`<p class="status" part="status" role="status">${messages.loading()}</p>`;
    const text = errorCode(state.error) === 'no-api-base' ? messages.noApiBase() : messages.loadFailed();
    return html`<p class="status status--error" part="status" role="alert">
      ${text}
      ${this.api.source === 'none' ? nothing : html`<button type="button" part="retry" @click=${() => this.api.reload()}>${messages.retry()}</button>`}
    </p>`;
  }
}
