import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import type { Address } from '@grannskap/contract';
import type { GrannskapClient } from '../shared/context.js';
import type { ComboboxOptions } from '../shared/combobox/index.js';

/** How many addresses the list shows at most: enough to scan on a phone, few enough to read out. */
export const ADDRESS_LIMIT = 10;

/** "635 10 Eskilstuna · Eskilstuna Årbyskogen 2": what tells two similar streets apart. */
const detailOf = (a: Address): string => [[a.postalCode, a.city].filter(Boolean).join(' '), a.property].filter(Boolean).join(' · ');

/**
 * The report form's address combobox: addresses from the API in the chosen area (all areas when none
 * is chosen yet). Choosing one sets `addressId`; typing makes the place free text again.
 */
export function addressComboboxOptions(deps: {
  client: () => GrannskapClient | undefined;
  area: () => string;
  onInput: (text: string) => void;
  onChoose: (address: Address) => void;
}): ComboboxOptions<Address> {
  return {
    id: 'place',
    search: async (q, signal) => {
      const client = deps.client();
      if (!client) return [];
      const area = deps.area();
      const found = await client.addresses.search({ ...(q ? { q } : {}), ...(area ? { area } : {}), limit: ADDRESS_LIMIT }, { signal });
      return found.items;
    },
    key: (a) => a.id,
    text: (a) => a.street,
    renderOption: (a): TemplateResult => html`${a.street}<span class="combobox-detail">${detailOf(a)}</span>`,
    onInput: deps.onInput,
    onChoose: deps.onChoose,
    results: (count) =>
      count === 0
        ? msg('Ingen adress hittades. Du kan skriva platsen med egna ord.', { id: 'reportForm.where.noAddress' })
        : count === 1
          ? msg('1 adress hittades. Välj med pil ned och Enter.', { id: 'reportForm.where.oneAddress' })
          : msg(str`${count} adresser hittades. Välj med pil upp eller ned och Enter.`, { id: 'reportForm.where.addresses' }),
  };
}
