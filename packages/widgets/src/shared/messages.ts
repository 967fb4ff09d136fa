// Texts every widget shares. Swedish is the source; the ids name the catalogue entries in ../locales/.
import { msg } from '@lit/localize';

export const messages = {
  loading: () => msg('Laddar …', { id: 'common.loading' }),
  loadFailed: () => msg('Det gick inte att hämta uppgifterna just nu. Försök igen om en stund.', { id: 'common.loadFailed' }),
  retry: () => msg('Försök igen', { id: 'common.retry' }),
  noApiBase: () =>
    msg('Den här delen av sidan är inte kopplad till någon tjänst (api-base saknas).', { id: 'common.noApiBase' }),
};
