// A React 19 page that uses the Grannskap elements directly: attributes as props, events as
// `ongrannskap-*` props (typed in grannskap-jsx.d.ts), React state updated from the events.
import { useState } from 'react';
import type { GrannskapSubmittedEvent } from '@grannskap/widgets';
import '@grannskap/widgets/grannskap-provider.js';
import '@grannskap/widgets/grannskap-on-call.js';
import '@grannskap/widgets/grannskap-report-form.js';
import '@grannskap/widgets/grannskap-case-status.js';

export interface AppProps {
  /** The Grannskap API, e.g. `https://grannskap.example.se/`. */
  apiBase: string;
}

export function App({ apiBase }: AppProps) {
  const [lang, setLang] = useState<'sv' | 'en'>('sv');
  const [organisation, setOrganisation] = useState('');
  const [sent, setSent] = useState<{ reference: string; kind: string } | undefined>();

  return (
    <grannskap-provider api-base={apiBase} lang={lang} ongrannskap-ready={(event) => setOrganisation(event.detail.config.organisation.name)}>
      <header>
        <h1>{organisation || 'Grannskap'} i React</h1>
        <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}>
          {lang === 'sv' ? 'English' : 'Svenska'}
        </button>
      </header>
      <grannskap-on-call />
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">Anmäl en störning</h2>
        <grannskap-report-form
          kinds="disturbance,damage,unsafe_place"
          ongrannskap-submitted={(event: GrannskapSubmittedEvent) => setSent({ reference: event.detail.reference, kind: event.detail.kind })}
        />
        <p role="status" data-testid="sent">
          {sent ? `React fick händelsen grannskap-submitted: ${sent.reference} (${sent.kind})` : ''}
        </p>
      </section>
    </grannskap-provider>
  );
}
