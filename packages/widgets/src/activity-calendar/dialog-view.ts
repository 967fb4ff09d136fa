// What the calendar's dialog shows once its part has loaded: a day's activities, an activity's details, or
// the registration the flow has under way for it. The calendar keeps the dialog itself (opening, closing,
// the focus, the title while this part loads); this module picks the view and hands it what it needs.
import type { TemplateResult } from 'lit';
import type { Area, Config } from '@grannskap/contract';
import type { GrannskapClient } from '../shared/context.js';
import { renderText } from '../shared/text.js';
import type { Entry } from './data.js';
import { registrationState, renderDay, renderDetails } from './dialog.js';
import { holidayOf } from './month-grid.js';
import type { RegistrationFlow } from './registration-flow.js';

/** What the dialog shows: a day, or an entry (opened from a day's list when `fromDay` is set). */
export type DialogState = { kind: 'day'; date: string } | { kind: 'entry'; entry: Entry; fromDay: string | undefined };

export interface DialogViewContext {
  config: Config;
  client: GrannskapClient;
  locale: string;
  timeZone: string;
  areas: readonly Area[];
  flow: RegistrationFlow | undefined;
  /** The day's entries, as the calendar has them for its month. */
  dayEntries: (date: string) => readonly Entry[];
  openEntry: (entry: Entry, opener: HTMLElement) => void;
  /** Back from an entry to the day's list it was opened from, with the focus on the entry. */
  backToDay: (date: string, entry: Entry) => void;
}

export function renderDialogView(d: DialogState, c: DialogViewContext): TemplateResult {
  if (d.kind === 'day') {
    const holiday = holidayOf(d.date, c.config.schoolHolidays);
    return renderDay({
      date: d.date,
      entries: c.dayEntries(d.date),
      locale: c.locale,
      holiday: holiday ? renderText(holiday.name, c.locale) : '',
      onOpenEntry: c.openEntry,
    });
  }
  const { entry, fromDay } = d;
  const registration = c.flow?.renderDialog(entry, c.config, c.locale);
  if (registration) return registration;
  return renderDetails({
    entry,
    locale: c.locale,
    timeZone: c.timeZone,
    areaNames: (ids) => ids.map((id) => c.areas.find((a) => a.id === id)?.name ?? id).join(', '),
    registration: registrationState(entry.activity, entry.occurrence),
    client: c.client,
    onRegister: () => c.flow?.start(entry),
    onBack: fromDay ? () => c.backToDay(fromDay, entry) : undefined,
  });
}
