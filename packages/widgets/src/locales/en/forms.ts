// Strings of the tenant forms (report form, trivselpeng form) added for issue 19; spread into ../en.ts.
import { str } from '../../shared/msg.js';
import type { Catalogue } from '../../shared/msg.js';

export const templates: Catalogue = {
  'reportForm.answer.yes': 'Yes',
  'reportForm.answer.no': 'No',
  'reportForm.again': 'Make a new report',
  'reportForm.saveAndReturn': 'Save and go back',
  'reportForm.summaryOtherStep': str`${0} (step ${1}: ${2})`,
  'reportForm.when.heading': 'When did it happen?',
  'reportForm.photos.heading': 'Do you want to add photos?',
  'reportForm.privacy.heading': 'Your personal data',
  'reportForm.review.rightNow': 'It is happening now',
  'reportForm.error.yesNo': 'Answer yes or no.',
  'reportForm.error.choose': 'Choose one of the options.',
  'reportForm.error.area': 'Choose an area.',
  'reportForm.error.number': 'Write a number, for example 3.',
  'reportForm.error.tooManyPhotos': str`You can send at most ${0} photos. Remove some.`,
  'reportForm.error.unknownAddress': 'The address is no longer in the list. Choose it again or describe the place in your own words.',
  'reportForm.error.unknownPhoto': 'A photo is no longer with us. Remove it and add it again.',
  'photos.oneDone': 'The photo has been uploaded.',
  'photos.oneNotDone': 'The photo has not been uploaded yet.',
  'photos.allDone': str`All ${0} photos have been uploaded.`,
  'photos.noneDone': str`None of the ${0} photos has been uploaded yet.`,
  'photos.someDone': str`${0} of ${1} photos have been uploaded.`,
  'trivselpeng.again': 'Make a new application',
  'trivselpeng.saveAndReturn': 'Save and go back',
  'trivselpeng.error.totalMismatch': 'The total does not match the amounts in the budget. Check the amounts.',
};
