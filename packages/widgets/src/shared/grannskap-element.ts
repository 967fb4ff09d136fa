import { LitElement, html, nothing } from 'lit';
import type { CSSResultGroup, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from './localization.js';
import { baseStyles, statusStyles, tokens } from '../styles/tokens.styles.js';
import { ApiController } from './api-controller.js';
import { errorCode } from './errors.js';
import { LangController, writeLang } from './lang.js';
import { messages } from './messages.js';

/**
 * Base class of every Grannskap widget: the `api-base` and `lang` attributes, the SDK client and the
 * configuration (from a surrounding `grannskap-provider` or its own), the language (its own `lang`, else
 * the nearest ancestor's, else the document's, else Swedish; see ./lang.ts) with `dir` to match, re-rendering
 * when it changes, the shared design tokens, and a standard status line for loading and errors.
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

  /**
   * The language: `sv`, `en`, `fi`, `ar` or `so` (`en-GB` counts as `en`). When unset, the nearest
   * ancestor's `lang` applies, else the document's; Swedish when none is set or it is unsupported.
   * One language applies to every widget on the page.
   */
  @property({ noAccessor: true })
  override get lang(): string {
    return this.getAttribute('lang') ?? '';
  }
  override set lang(value: string) {
    writeLang(this, value);
  }

  /** The SDK client and the configuration. */
  protected readonly api = new ApiController(this);

  /** The language this widget asks for, and its `dir`. */
  protected readonly language = new LangController(this, { dir: true });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
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
