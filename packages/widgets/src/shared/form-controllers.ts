// Focus that follows the tenant through a multi-step form's steps, errors and receipts. (Sending what the
// outbox kept is ./outbox-flusher.ts, which loads with the part that has a form's writes.)
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Moves focus to a selector in the host's render root after the next render (not on first render). */
export class FocusAfterRender implements ReactiveController {
  private target: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focus `selector` once the host has rendered next. */
  set(selector: string): void {
    this.target = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.target;
    if (!target) return;
    this.target = undefined;
    this.host.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }
}
