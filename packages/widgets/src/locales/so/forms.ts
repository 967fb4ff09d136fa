// Strings of the tenant forms (report form, trivselpeng form) added for issue 19; spread into ../so.ts.
import { str } from '../../shared/msg.js';
import type { Catalogue } from '../../shared/msg.js';

export const templates: Catalogue = {
  'reportForm.answer.yes': 'Haa',
  'reportForm.answer.no': 'Maya',
  'reportForm.again': 'Samee warbixin cusub',
  'reportForm.saveAndReturn': 'Kaydi oo dib u noqo',
  'reportForm.summaryOtherStep': str`${0} (tallaabada ${1}: ${2})`,
  'reportForm.when.heading': 'Goorma bay dhacday?',
  'reportForm.photos.heading': 'Ma rabtaa inaad sawirro ku darto?',
  'reportForm.privacy.heading': 'Xogtaada shakhsiga ah',
  'reportForm.review.rightNow': 'Hadda ayay dhacaysaa',
  'reportForm.error.yesNo': 'Ku jawaab haa ama maya.',
  'reportForm.error.choose': 'Dooro mid ka mid ah xulashooyinka.',
  'reportForm.error.area': 'Dooro aag.',
  'reportForm.error.number': 'Qor lambar, tusaale ahaan 3.',
  'reportForm.error.tooManyPhotos': str`Waxaad diri kartaa ugu badnaan ${0} sawir. Qaar ka saar.`,
  'reportForm.error.unknownAddress': 'Cinwaanku kuma jiro liiska hadda. Mar kale dooro ama meesha ku sharax erayadaada.',
  'reportForm.error.unknownPhoto': 'Sawir ma jiro hadda. Ka saar oo mar kale ku dar.',
  'photos.oneDone': 'Sawirka waa la soo galiyay.',
  'photos.oneNotDone': 'Sawirka weli lama soo galin.',
  'photos.allDone': str`Dhammaan ${0}da sawir waa la soo galiyay.`,
  'photos.noneDone': str`Midna ${0}da sawir weli lama soo galin.`,
  'photos.someDone': str`${0} ka mid ah ${1} sawir waa la soo galiyay.`,
  'trivselpeng.again': 'Samee codsi cusub',
  'trivselpeng.saveAndReturn': 'Kaydi oo dib u noqo',
  'trivselpeng.error.totalMismatch': 'Wadartu kuma habboona lacagaha miisaaniyadda. Hubi lacagaha.',
};
