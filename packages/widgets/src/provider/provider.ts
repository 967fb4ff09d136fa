import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { updateWhenLocaleChanges } from '../shared/localization.js';
import type { Config } from '@grannskap/contract';
import { GrannskapErrorEvent } from '../events/error-event.js';
import { GrannskapLanguageEvent } from '../events/language-event.js';
import { GrannskapReadyEvent } from '../events/ready-event.js';
import { clientFor } from '../shared/client.js';
import { clientContext, configContext } from '../shared/context.js';
import type { ConfigState, GrannskapClient } from '../shared/context.js';
import { LangController, writeLang } from '../shared/lang.js';
import { renderLanguagePicker } from '../shared/language-picker.js';
import { dirOf, getLocale } from '../shared/localization.js';
import type { Locale } from '../shared/localization.js';
import { providerStyles } from './provider.styles.js';

/**
 * @summary Connects the Grannskap widgets inside it to one API: one client, one configuration, one language.
 *
 * @slot - The widgets, and any other content; the provider itself draws nothing (`display: contents`)
 * except the language picker when `language-picker` is set.
 *
 * @fires grannskap-ready - The organisation's configuration has been loaded; `detail.config` holds it.
 * @fires grannskap-error - There is no `api-base`, the configuration could not be loaded, or a language's catalogue could not be loaded; `detail.code` says why.
 * @fires grannskap-language - A language was chosen in the picker (`detail.lang`); cancelable, otherwise the provider's `lang` becomes it.
 * @csspart language-picker - The language picker (a group of buttons), shown with `language-picker`.
 * @csspart language - One language's button in the picker (the current one has `aria-pressed="true"`).
 *
 * The loading state is also exposed as the custom states `:state(loading)`, `:state(ready)` and `:state(error)`.
 */
export class GrannskapProvider extends LitElement {
  static override styles = providerStyles;

  /** The API's base URL, e.g. `https://api.example.se/`. Relative values resolve against the page. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /**
   * The widgets' language: `sv`, `en`, `fi`, `ar` or `so`. When unset, the nearest ancestor's `lang` or the
   * document's applies; Swedish when none is set or it is unsupported.
   */
  @property({ noAccessor: true })
  override get lang(): string {
    return this.getAttribute('lang') ?? '';
  }
  override set lang(value: string) {
    writeLang(this, value);
  }

  /** Shows a language picker (Svenska, English, Suomi, العربية, Soomaali) before the widgets. */
  @property({ type: Boolean, attribute: 'language-picker' }) languagePicker = false;

  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext, initialValue: { status: 'loading' } });
  private readonly internals = this.attachInternals();
  private generation = 0;
  // no `dir` on the provider itself: it wraps the page's own content, which keeps the page's direction
  private readonly language = new LangController(this, { dir: false });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * The SDK client for `api-base`, once there is one. It has the shape of `createClient`'s but only the groups
   * the widgets loaded on the page call (`config` always); another group throws when used, so for other calls
   * make your own client with `createClient` from `@grannskap/sdk`.
   */
  get client(): GrannskapClient | undefined {
    return this.clientProvider.value;
  }

  /** Where loading the configuration stands. */
  get state(): ConfigState {
    return this.configProvider.value ?? { status: 'loading' };
  }

  /** The configuration, once it has been loaded. */
  get config(): Config | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.config : undefined;
  }

  /** Loads the configuration again. Resolves when it has been loaded or has failed (see `state`). */
  async reload(): Promise<void> {
    const client = this.client;
    const generation = ++this.generation;
    if (!client) return;
    this.setState({ status: 'loading' });
    try {
      const config = await client.config.get();
      if (generation !== this.generation) return;
      this.setState({ status: 'ready', config });
      this.dispatchEvent(new GrannskapReadyEvent({ config }));
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail(error);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('apiBase')) this.connectApi();
  }

  protected override render() {
    const locale = getLocale();
    return html`${this.languagePicker
        ? html`<div class="picker" lang=${locale} dir=${dirOf(locale)}>${renderLanguagePicker(locale, (chosen) => this.choose(chosen))}</div>`
        : nothing}<slot></slot>`;
  }

  /** The visitor chose a language: tell the page, and unless it objects, switch the widgets inside. */
  private choose(lang: Locale): void {
    if (this.dispatchEvent(new GrannskapLanguageEvent({ lang }))) this.lang = lang;
  }

  private connectApi(): void {
    this.generation += 1;
    let client: GrannskapClient;
    try {
      client = clientFor(this.apiBase);
    } catch (error) {
      this.clientProvider.setValue(undefined);
      this.fail(error);
      return;
    }
    this.clientProvider.setValue(client);
    void this.reload();
  }

  private fail(error: unknown): void {
    this.setState({ status: 'error', error });
    this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error));
  }

  private setState(state: ConfigState): void {
    this.configProvider.setValue(state);
    for (const name of ['loading', 'ready', 'error'] as const) {
      if (name === state.status) this.internals.states.add(name);
      else this.internals.states.delete(name);
    }
  }
}
