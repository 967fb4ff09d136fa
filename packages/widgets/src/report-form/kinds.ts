import { msg } from '../shared/msg.js';
import type { ReportKind } from '@grannskap/contract';

/** A report kind as the form offers it. */
export const kindLabel = (kind: ReportKind): string => {
  switch (kind) {
    case 'disturbance':
      return msg('Störning, till exempel ljud eller bråk', { id: 'reportForm.kind.disturbance' });
    case 'damage':
      return msg('Fel eller skada', { id: 'reportForm.kind.damage' });
    case 'unsafe_place':
      return msg('En plats som känns otrygg', { id: 'reportForm.kind.unsafe_place' });
    default:
      return msg('Något annat', { id: 'reportForm.kind.other' });
  }
};
