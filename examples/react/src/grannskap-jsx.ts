// Typed JSX for the Grannskap elements in React 19. React 19 sets a custom element's known properties
// as properties and binds `on<event-name>` props as event listeners, so the elements need no wrapper.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  GrannskapActivityCalendar,
  GrannskapCancelledEvent,
  GrannskapCaseStatus,
  GrannskapChangeEvent,
  GrannskapErrorEvent,
  GrannskapOnCall,
  GrannskapProvider,
  GrannskapQueuedEvent,
  GrannskapReadyEvent,
  GrannskapRegisteredEvent,
  GrannskapReportForm,
  GrannskapSubmittedEvent,
  GrannskapTrivselpengForm,
} from '@grannskap/widgets';

/** The attributes every Grannskap element takes, and the events every one fires. */
interface Common {
  'api-base'?: string;
  lang?: string;
  'ongrannskap-ready'?: (event: GrannskapReadyEvent) => void;
  'ongrannskap-error'?: (event: GrannskapErrorEvent) => void;
}
type ElementProps<T, Extra = object> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, 'lang'> & Common & Extra;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'grannskap-provider': ElementProps<GrannskapProvider>;
      'grannskap-on-call': ElementProps<GrannskapOnCall>;
      'grannskap-case-status': ElementProps<GrannskapCaseStatus, { reference?: string; token?: string }>;
      'grannskap-trivselpeng-form': ElementProps<
        GrannskapTrivselpengForm,
        {
          area?: string;
          'status-url'?: string;
          'ongrannskap-submitted'?: (event: GrannskapSubmittedEvent) => void;
          'ongrannskap-queued'?: (event: GrannskapQueuedEvent) => void;
        }
      >;
      'grannskap-activity-calendar': ElementProps<
        GrannskapActivityCalendar,
        {
          area?: string;
          categories?: string;
          age?: string;
          view?: 'month' | 'list' | '';
          month?: string;
          'cancel-url'?: string;
          'ongrannskap-registered'?: (event: GrannskapRegisteredEvent) => void;
          'ongrannskap-cancelled'?: (event: GrannskapCancelledEvent) => void;
          'ongrannskap-change'?: (event: GrannskapChangeEvent) => void;
        }
      >;
      'grannskap-report-form': ElementProps<
        GrannskapReportForm,
        {
          area?: string;
          kinds?: string;
          'status-url'?: string;
          'ongrannskap-submitted'?: (event: GrannskapSubmittedEvent) => void;
          'ongrannskap-queued'?: (event: GrannskapQueuedEvent) => void;
        }
      >;
    }
  }
}
