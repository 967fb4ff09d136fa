// Error summary and per-field error wiring, shared by the forms (report form, trivselpeng form and its follow-up).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** A problem with one field: which control (its element id), the issue code, and a bound when there is one. */
export interface FieldError {
  field: string;
  code: string;
  maximum?: number;
  minimum?: number;
}

/** What a control needs to point at its own error: `aria-describedby`, `aria-invalid` and the message line. */
export interface FieldA11y {
  describedBy: string | typeof nothing;
  invalid: 'true' | typeof nothing;
  line: TemplateResult | typeof nothing;
}

/**
 * The `aria-describedby` / `aria-invalid` / message line of `field`, in one place. The message's id is
 * `<field>-error`; `hintId` (a hint shown under the label) is described first.
 */
export function fieldA11y(errors: readonly FieldError[], field: string, message: (error: FieldError) => string, hintId?: string): FieldA11y {
  const error = errors.find((e) => e.field === field);
  const errorId = error ? `${field}-error` : undefined;
  return {
    describedBy: [hintId, errorId].filter(Boolean).join(' ') || nothing,
    invalid: error ? 'true' : nothing,
    line: error ? html`<p class="field-error" id=${`${field}-error`}>${message(error)}</p>` : nothing,
  };
}

/**
 * Focuses the control with id `field` in `root`; for a fieldset (a radio group) its first input, so
 * a summary link always lands where the tenant can type or choose.
 */
export function focusField(root: ParentNode, field: string): void {
  const target = root.querySelector<HTMLElement>(`#${CSS.escape(field)}`);
  const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input, select, textarea') : target;
  control?.focus();
}

/**
 * The error summary at the top of a step: `role=alert`, focusable (`#summary`, focus it after a
 * failed check) and one link per error that moves focus to its field. An error whose field is not on
 * the page (`linkable` says no: the server named a field of another step) is a line of text, never a
 * link to nothing.
 */
export function renderErrorSummary(
  errors: readonly FieldError[],
  heading: string,
  text: (error: FieldError) => string,
  root: ParentNode,
  linkable: (error: FieldError) => boolean = () => true,
): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  return html`<div id="summary" class="summary" part="summary" role="alert" tabindex="-1" aria-labelledby="summary-heading">
    <h3 id="summary-heading">${heading}</h3>
    <ul>
      ${errors.map(
        (e) => html`<li>
          ${linkable(e) ? html`<a
            href=${`#${e.field}`}
            @click=${(ev: Event) => {
              ev.preventDefault();
              focusField(root, e.field);
            }}
            >${text(e)}</a
          >` : text(e)}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** `errors` in the order their fields appear in `root` (the summary reads top to bottom like the form). */
export function inPageOrder<E extends FieldError>(root: ParentNode, errors: readonly E[]): E[] {
  const at = (e: E) => root.querySelector(`#${CSS.escape(e.field)}`);
  return [...errors].sort((a, b) => {
    const x = at(a);
    const y = at(b);
    if (!x || !y || x === y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
