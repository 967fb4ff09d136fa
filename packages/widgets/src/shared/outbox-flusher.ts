// Sending what the outbox kept whenever the page is (back) online; loads with the part of a widget that has
// its writes and the outbox.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GrannskapClient } from './context.js';
import { keepSending } from './send.js';

/**
 * A widget's own client does not flush by itself: writes kept on an earlier visit or while offline are
 * sent when `flush()` is called (when the form loads) and whenever the browser says it is online again.
 * Going on- or offline also renders the host again, so "saved, will be sent" names the reason that holds now.
 */
export class OutboxFlusher implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => GrannskapClient | undefined,
  ) {
    host.addController(this);
  }

  readonly flush = (): void => {
    const outbox = this.client()?.outbox;
    // What an earlier visit kept and the server still refuses is tried again while the page is open.
    void outbox?.flush().then((result) => result.pending > 0 && keepSending(outbox), () => keepSending(outbox));
  };

  private readonly changed = (event: Event): void => {
    this.host.requestUpdate();
    if (event.type === 'online') this.flush();
  };

  hostConnected(): void {
    window.addEventListener('online', this.changed);
    window.addEventListener('offline', this.changed);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.changed);
    window.removeEventListener('offline', this.changed);
  }
}
