// English catalogue for @lit/localize (runtime mode). Keys are the `id`s given to `msg()`.
// Keep the keys in step with the Swedish source strings in ../shared/messages.ts and the widgets.
export const templates = {
  'common.loading': 'Loading …',
  'common.loadFailed': 'The information could not be loaded right now. Please try again in a moment.',
  'common.retry': 'Try again',
  'common.noApiBase': 'This part of the page is not connected to a service (api-base is missing).',
};
