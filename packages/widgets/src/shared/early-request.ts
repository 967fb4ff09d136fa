import type { GrannskapClient } from './context.js';

/**
 * A read that needs only the client, started the moment there is one, so that it runs beside the
 * configuration's request instead of after it (one round trip less before a form is interactive).
 * One request per client; a failed one is started afresh on the next `get`, so "try again" really tries.
 */
export class EarlyRequest<T> {
  private current: { client: GrannskapClient; promise: Promise<T> } | undefined;

  constructor(private readonly start: (client: GrannskapClient) => Promise<T>) {}

  get(client: GrannskapClient): Promise<T> {
    if (this.current?.client !== client) {
      const promise = this.start(client);
      // Registered before any caller's handler, so the retry after a failure finds no stale promise.
      promise.catch(() => {
        if (this.current?.promise === promise) this.current = undefined;
      });
      this.current = { client, promise };
    }
    return this.current.promise;
  }
}
