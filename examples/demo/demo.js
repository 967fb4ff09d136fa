// Demo page glue (no inline scripts: the page is served with a strict CSP). It shows what the
// provider loaded, in place of the placeholders the page has from the start, so nothing below them
// moves; the language picker is the provider's own (the `language-picker` attribute), and the widgets
// themselves need none of this.
const provider = document.getElementById('provider');
const statusLine = document.getElementById('config-status');
const facts = document.getElementById('config-facts');

const text = (id, value) => {
  document.getElementById(id).textContent = value;
};
const contact = (c) => `${c.name.sv}: ${c.phone}${c.example ? ' (exempel)' : ''}`;

const show = (config) => {
  text('org-name', config.organisation.name);
  text('customer-service', contact(config.customerService.contact));
  text('trygghetsjour', contact(config.trygghetsjour.contact));
  text('languages', config.languages.available.join(', '));
  statusLine.textContent = 'Konfigurationen är hämtad.';
};

provider.addEventListener('grannskap-ready', (event) => show(event.detail.config));
// in case the configuration arrived before this script ran
customElements.whenDefined('grannskap-provider').then(() => {
  if (provider.config) show(provider.config);
});

provider.addEventListener('grannskap-error', (event) => {
  statusLine.textContent = `Det gick inte att hämta konfigurationen (${event.detail.code}).`;
  facts.hidden = true;
});
