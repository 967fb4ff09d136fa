import { ContextEvent as ContextRequestEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Config } from '@grannskap/contract';
import { GrannskapErrorEvent } from '../events/error-event.js';
import { GrannskapReadyEvent } from '../events/ready-event.js';
import { clientFor } from './client.js';
import { clientContext, configContext } from './context.js';
import type { ConfigState, GrannskapClient } from './context.js';
import { WidgetError } from './errors.js';

/** The element a controller serves: a Lit element with an `api-base` property. */
export type ApiHost = ReactiveControllerHost & HTMLElement & { apiBase: string };

/** Where the controller's client comes from. */
export type ApiSource = 'provider' | 'own' | 'none';

const PROVIDER_TAG = 'grannskap-provider';

/** The nearest `grannskap-provider` around `el`, looking through shadow roots. */
function closestProvider(el: Element): Element | null {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest(PROVIDER_TAG);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Gives a widget its SDK client and the organisation's configuration.
 *
 * - With its own `api-base`, the widget makes its own client and loads the configuration itself.
 * - Otherwise it takes both from the surrounding `grannskap-provider` (through @lit/context), also when
 *   the provider's element is defined after the widget's.
 * - With neither, `state` is an error with code `no-api-base` and a `grannskap-error` event is fired.
 *
 * The host re-renders whenever `client` or `state` changes.
 */
export class ApiController implements ReactiveController {
  /** The client to call, once there is one. */
  client: GrannskapClient | undefined;
  /** The configuration, or where loading it stands. */
  state: ConfigState = { status: 'loading' };
  source: ApiSource = 'none';

  private readonly host: ApiHost;
  private ownBase = '';
  private generation = 0;
  private unsubscribes: Array<() => void> = [];
  private waitingForProvider = false;

  constructor(host: ApiHost) {
    this.host = host;
    host.addController(this);
  }

  /** The configuration when it has been loaded. */
  get config(): Config | undefined {
    return this.state.status === 'ready' ? this.state.config : undefined;
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.detach();
  }

  hostUpdate(): void {
    // `api-base` set, changed or removed since the last render
    if (this.host.apiBase.trim() !== this.ownBase) this.resolve();
  }

  /** Loads the configuration again (after an error, for instance). */
  reload(): void {
    if (this.source === 'own') void this.loadOwnConfig();
    else if (this.source === 'provider') (closestProvider(this.host) as (Element & { reload?: () => unknown }) | null)?.reload?.();
    else this.resolve();
  }

  private detach(): void {
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe();
    this.generation += 1;
    this.source = 'none';
    this.ownBase = '';
    this.client = undefined;
  }

  private resolve(): void {
    if (!this.host.isConnected) return;
    const own = this.host.apiBase.trim();
    this.detach();
    if (own) {
      this.useOwn(own);
      return;
    }
    if (this.requestFromProvider()) return;
    const provider = closestProvider(this.host);
    if (provider && !customElements.get(PROVIDER_TAG)) {
      // a provider is on the page but not defined yet (scripts load in any order): ask again when it is
      this.setState({ status: 'loading' });
      if (!this.waitingForProvider) {
        this.waitingForProvider = true;
        void customElements.whenDefined(PROVIDER_TAG).then(() => {
          this.waitingForProvider = false;
          if (this.source === 'none') this.resolve();
        });
      }
      return;
    }
    this.fail(new WidgetError('no-api-base', `<${this.host.localName}> has no api-base and no surrounding <${PROVIDER_TAG}>.`));
  }

  /** Asks a surrounding provider for its client and configuration; true when one answered. */
  private requestFromProvider(): boolean {
    let answered = false;
    this.host.dispatchEvent(
      new ContextRequestEvent(
        clientContext,
        this.host,
        (client, unsubscribe) => {
          answered = true;
          this.source = 'provider';
          if (unsubscribe && !this.unsubscribes.includes(unsubscribe)) this.unsubscribes.push(unsubscribe);
          this.client = client;
          this.host.requestUpdate();
        },
        true,
      ),
    );
    if (!answered) return false;
    this.host.dispatchEvent(
      new ContextRequestEvent(
        configContext,
        this.host,
        (state, unsubscribe) => {
          if (unsubscribe && !this.unsubscribes.includes(unsubscribe)) this.unsubscribes.push(unsubscribe);
          this.state = state ?? { status: 'loading' };
          this.host.requestUpdate();
        },
        true,
      ),
    );
    return true;
  }

  private useOwn(apiBase: string): void {
    this.source = 'own';
    this.ownBase = apiBase;
    try {
      this.client = clientFor(apiBase);
    } catch (error) {
      this.fail(error);
      return;
    }
    void this.loadOwnConfig();
  }

  private async loadOwnConfig(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const generation = ++this.generation;
    this.setState({ status: 'loading' });
    try {
      const config = await client.config.get();
      if (generation !== this.generation) return;
      this.setState({ status: 'ready', config });
      this.host.dispatchEvent(new GrannskapReadyEvent({ config }));
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.setState({ status: 'error', error });
    this.host.dispatchEvent(GrannskapErrorEvent.from(this.host.localName, error));
  }

  private setState(state: ConfigState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
