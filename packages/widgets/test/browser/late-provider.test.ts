// Scripts may load in any order: here the widget is defined and upgraded BEFORE grannskap-provider is.
// (A separate file: every test file runs in a page of its own, so the provider is not yet defined.)
import { expect, waitUntil } from '@open-wc/testing';
import { API, TEST_TAG, TestWidget, expectSame } from './helpers.js';

describe('a provider defined after the widgets inside it', () => {
  it('still shares its client once it is defined', async () => {
    expect(customElements.get('grannskap-provider')).to.equal(undefined);
    const provider = document.createElement('grannskap-provider');
    provider.setAttribute('api-base', API);
    const widget = document.createElement(TEST_TAG) as TestWidget;
    provider.append(widget);
    document.body.append(provider);
    try {
      await widget.updateComplete;
      expect(widget.controller.state.status).to.equal('loading');
      expect(widget.controller.source).to.equal('none');

      await import('../../src/grannskap-provider.js');
      await waitUntil(() => widget.controller.state.status === 'ready', 'no configuration from the late provider', { timeout: 8000 });
      expect(widget.controller.source).to.equal('provider');
      expectSame(widget.controller.client, (provider as HTMLElementTagNameMap['grannskap-provider']).client, 'client from the late provider');
    } finally {
      provider.remove();
    }
  });
});
