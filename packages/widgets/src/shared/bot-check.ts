// The honeypot and the fill-time check, shared by the public forms.
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** The least time a person takes to fill a form; a faster submission is treated as a bot's. */
export const MIN_FILL_MS = 3000;

/** A bot's submission: the hidden field was filled, or the form was sent faster than a person can. */
export const looksLikeABot = (honeypot: string, startedAt: number, minFillMs: number = MIN_FILL_MS, now: number = Date.now()): boolean =>
  honeypot.trim() !== '' || now - startedAt < minFillMs;

/** Invisible to people and to assistive technology; a bot that fills every field gives itself away. */
export function renderHoneypot(onInput: (value: string) => void): TemplateResult {
  return html`<div class="visually-hidden" aria-hidden="true">
    <label for="website">Website</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
  </div>`;
}
