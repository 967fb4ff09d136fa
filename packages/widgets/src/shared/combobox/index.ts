/** An editable combobox with list autocomplete (ARIA 1.2); see `Combobox` for the keys and how to use it. */
export { Combobox } from './combobox.js';
export type { ComboboxOptions, ComboboxRenderOptions } from './combobox.js';
export { comboboxStyles } from './combobox.styles.js';
