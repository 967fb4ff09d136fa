// The steps' names: the heading and the progress list need them before the later steps' views have loaded.
import { msg } from '../shared/msg.js';
import type { StepId } from './steps.js';

export const stepTitle = (step: StepId): string => {
  switch (step) {
    case 'eligibility':
      return msg('Kan du söka trivselpeng?', { id: 'trivselpeng.step.eligibility' });
    case 'organiser':
      return msg('Arrangör', { id: 'trivselpeng.step.organiser' });
    case 'activity':
      return msg('Aktiviteten', { id: 'trivselpeng.step.activity' });
    case 'budget':
      return msg('Budget', { id: 'trivselpeng.step.budget' });
    default:
      return msg('Granska och skicka', { id: 'trivselpeng.step.review' });
  }
};
