/**
 * An editable combobox with list autocomplete (WAI-ARIA 1.2 / APG "Editable Combobox With List
 * Autocomplete"), as a Lit ReactiveController plus a render method, so that the input, its label and its
 * error messages share one shadow root (ARIA id references do not cross shadow roots).
 *
 *   private readonly street = new Combobox<Address>(this, {
 *     id: 'place',                                   // the input; also `place-listbox`, `place-status`, `place-option-…`
 *     search: (q, signal) => client.addresses.search({ q, area }, { signal }).then((r) => r.items),
 *     key: (a) => a.id, text: (a) => a.street,      // `text` goes into the input when chosen
 *     onInput: (text) => …, onChoose: (a) => …,
 *     results: (n) => n ? `${n} adresser` : 'Inga adresser',
 *   });
 *   render: this.street.render({ value, describedBy, invalid })   (needs `comboboxStyles`)
 *
 * Keys: typing searches (debounced; a newer answer always wins, older ones are aborted and ignored);
 * ArrowDown / ArrowUp open the list and move through it (wrapping); Enter chooses the active option;
 * Escape closes the list, a second Escape clears the text; Tab leaves as usual (the list closes,
 * nothing is chosen). Focus stays in the input (`aria-activedescendant`); nothing traps it. The number of
 * hits is announced through a `role=status` line. Free text is always allowed.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface ComboboxOptions<T> {
  /**
   * The input's id; the listbox, status line and options get ids derived from it. The visible label
   * must be `<label for=ID id=ID-label>`: it names the listbox too.
   */
  id: string;
  /** The options for a text; `signal` aborts when a newer search starts. Rejections count as no options. */
  search: (text: string, signal: AbortSignal) => Promise<readonly T[]>;
  /** A stable key per option (for its id). */
  key: (item: T) => string;
  /** The text put into the input when the option is chosen. */
  text: (item: T) => string;
  /** The option as shown in the list (default: `text`). */
  renderOption?: (item: T) => TemplateResult | string;
  /** The tenant typed (the choice, if any, no longer holds). */
  onInput: (text: string) => void;
  /** The tenant chose an option. */
  onChoose: (item: T) => void;
  /** The line announced when results arrive, e.g. "3 adresser hittades". */
  results: (count: number) => string;
  /** Milliseconds of quiet typing before searching (default 250). */
  debounceMs?: number;
}

export interface ComboboxRenderOptions {
  value: string;
  describedBy?: string | undefined;
  invalid?: boolean;
  required?: boolean;
  maxLength?: number;
}

export class Combobox<T> implements ReactiveController {
  private items: readonly T[] = [];
  private open = false;
  private active = -1;
  private announcement = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  /** Increases with every search; an answer for an older number is dropped. */
  private sequence = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ComboboxOptions<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
    this.open = false;
  }

  /** Whether the list is shown. */
  get expanded(): boolean {
    return this.open && this.items.length > 0;
  }

  private get focused(): boolean {
    return (this.host.shadowRoot ?? document).activeElement?.id === this.options.id;
  }

  private get ids() {
    const id = this.options.id;
    return { listbox: `${id}-listbox`, status: `${id}-status`, option: (item: T) => `${id}-option-${this.options.key(item)}` };
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Searches for `text` now (or after the debounce), keeping only the newest answer. */
  private search(text: string, delay: number, thenOpen: 'keep' | 'first' | 'last' = 'keep'): void {
    this.cancel();
    const run = async () => {
      const sequence = ++this.sequence;
      const controller = (this.controller = new AbortController());
      let found: readonly T[];
      try {
        found = await this.options.search(text.trim(), controller.signal);
      } catch {
        found = [];
      }
      // A late answer for a tenant who has already left the input (or the step) opens nothing.
      if (sequence !== this.sequence || controller.signal.aborted || !this.focused) return;
      this.items = found;
      this.open = true;
      this.active = found.length === 0 ? -1 : thenOpen === 'first' ? 0 : thenOpen === 'last' ? found.length - 1 : -1;
      this.announcement = this.options.results(found.length);
      this.host.requestUpdate();
    };
    if (delay > 0) this.timer = setTimeout(() => void run(), delay);
    else void run();
  }

  private close(): void {
    if (!this.open && this.active === -1) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private choose(item: T): void {
    this.cancel();
    this.sequence++;
    this.open = false;
    this.active = -1;
    this.announcement = '';
    this.options.onChoose(item);
    this.host.requestUpdate();
  }

  private move(by: 1 | -1, input: HTMLInputElement): void {
    if (!this.expanded) {
      this.search(input.value, 0, by === 1 ? 'first' : 'last');
      return;
    }
    const count = this.items.length;
    this.active = this.active === -1 ? (by === 1 ? 0 : count - 1) : (this.active + by + count) % count;
    this.host.requestUpdate();
    // The active option stays in view inside a list that scrolls.
    void this.host.updateComplete.then(() => {
      const item = this.items[this.active];
      if (item) (this.host.shadowRoot ?? document).getElementById(this.ids.option(item))?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const input = e.target as HTMLInputElement;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (e.altKey) this.search(input.value, 0);
        else this.move(1, input);
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (e.altKey) this.close();
        else this.move(-1, input);
        return;
      case 'Enter': {
        const item = this.expanded ? this.items[this.active] : undefined;
        if (item) {
          // Choosing an option must not also submit the form.
          e.preventDefault();
          this.choose(item);
        } else this.close();
        return;
      }
      case 'Escape':
        if (this.expanded) {
          e.preventDefault();
          this.cancel();
          this.close();
        } else if (input.value) {
          e.preventDefault();
          this.cancel();
          this.options.onInput('');
          this.host.requestUpdate();
        }
        return;
      case 'Tab':
        this.cancel();
        this.close();
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // Editing keys move the caret in the text; the list stays, without an active option.
        if (this.active !== -1) {
          this.active = -1;
          this.host.requestUpdate();
        }
        return;
      default:
    }
  };

  private readonly onInput = (e: Event): void => {
    const text = (e.target as HTMLInputElement).value;
    this.options.onInput(text);
    this.active = -1;
    if (text.trim()) this.search(text, this.options.debounceMs ?? 250);
    else {
      this.cancel();
      this.sequence++;
      this.items = [];
      this.announcement = '';
      this.close();
    }
  };

  // Leaving the input closes the list, unless the pointer is on an option (its pointerdown keeps focus).
  // The blur often comes from the host moving focus in its own `updated()` (a step change): closing a
  // task later keeps that update from scheduling another one.
  private readonly onBlur = (): void => {
    this.cancel();
    setTimeout(() => {
      if (!this.focused) this.close();
    }, 0);
  };

  /** The input, the list of options and the status line. */
  render(options: ComboboxRenderOptions): TemplateResult {
    const { listbox, status } = this.ids;
    const activeItem = this.expanded ? this.items[this.active] : undefined;
    return html`<div class="combobox">
      <input
        id=${this.options.id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls=${listbox}
        aria-activedescendant=${activeItem ? this.ids.option(activeItem) : nothing}
        aria-describedby=${options.describedBy || nothing}
        aria-invalid=${options.invalid ? 'true' : nothing}
        aria-required=${options.required ? 'true' : nothing}
        maxlength=${options.maxLength ?? nothing}
        .value=${live(options.value)}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @blur=${this.onBlur}
      />
      <ul id=${listbox} role="listbox" class="combobox-list" part="listbox" ?hidden=${!this.expanded} aria-labelledby=${`${this.options.id}-label`}>
        ${this.expanded
          ? this.items.map(
              (item, i) => html`<li
                id=${this.ids.option(item)}
                role="option"
                class="combobox-option"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @pointerdown=${(e: Event) => e.preventDefault()}
                @click=${() => this.choose(item)}
              >
                ${this.options.renderOption ? this.options.renderOption(item) : this.options.text(item)}
              </li>`,
            )
          : nothing}
      </ul>
      <p id=${status} class="visually-hidden" role="status">${this.open ? this.announcement : nothing}</p>
    </div>`;
  }
}
