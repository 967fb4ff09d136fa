// Whom the report receipt tells a tenant to call if it gets worse, at fixed moments of the real
// server's configuration (demo: customer service weekdays 08–16, the trygghetsjour every evening and
// night, weekend days and public holidays) and of one where nobody answers at night.
import { expect, fixture, html } from '@open-wc/testing';
import { onCall } from '@grannskap/contract';
import type { Config } from '@grannskap/contract';
import { renderWhomToCall } from '../../src/report-form/receipt.js';
import { API } from './helpers.js';

let config: Config;
before(async () => {
  config = (await (await fetch(new URL('v1/config', API))).json()) as Config;
});

async function whomToCall(at: string, cfg: Config = config): Promise<{ text: string; tel: string[] }> {
  const moment = new Date(at);
  const el = await fixture<HTMLDivElement>(html`<div>${renderWhomToCall(cfg, { status: onCall(cfg, moment), at: moment }, 'sv')}</div>`);
  return {
    text: el.textContent!.replace(/\s+/g, ' ').trim(),
    tel: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
  };
}

describe('the report receipt: whom to call', () => {
  it('in the trygghetsjour’s hours, names the trygghetsjour and its number', async () => {
    const { text, tel } = await whomToCall('2026-12-08T21:30:00+01:00');
    expect(text).to.contain('Blir det värre? Ring trygghetsjouren på 016-00 00 99.');
    expect(text).to.not.contain('Kundservice');
    expect(tel).to.include('tel:016000099');
    expect(text).to.contain('Vid akut fara, ring 112.');
  });

  it('in office hours, names customer service with until when, then the trygghetsjour', async () => {
    const { text, tel } = await whomToCall('2026-12-08T10:00:00+01:00');
    expect(text).to.contain('Blir det värre? Ring Kundservice på 016-00 00 00 fram till kl. 16.00.');
    expect(text).to.contain('Sedan svarar trygghetsjouren på 016-00 00 99.');
    expect(text).to.not.contain('Ring trygghetsjouren');
    expect(tel.slice(0, 2)).to.deep.equal(['tel:016000000', 'tel:016000099']);
  });

  it('when nobody answers, says so and who answers next, from when', async () => {
    const daytimeOnly: Config = { ...config, trygghetsjour: { ...config.trygghetsjour, hours: [], holidaysAllDay: false } };
    const { text } = await whomToCall('2026-12-08T21:30:00+01:00', daytimeOnly);
    expect(text).to.contain('Just nu svarar ingen i telefon. Kundservice svarar från onsdag kl. 08.00 på 016-00 00 00.');
    expect(text).to.not.contain('trygghetsjour');
    expect(text).to.contain('Vid akut fara, ring 112.');
  });
});
