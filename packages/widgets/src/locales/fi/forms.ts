// Strings of the tenant forms (report form, trivselpeng form) added for issue 19; spread into ../fi.ts.
import { str } from '../../shared/msg.js';
import type { Catalogue } from '../../shared/msg.js';

export const templates: Catalogue = {
  'reportForm.answer.yes': 'Kyllä',
  'reportForm.answer.no': 'Ei',
  'reportForm.again': 'Tee uusi ilmoitus',
  'reportForm.saveAndReturn': 'Tallenna ja palaa',
  'reportForm.summaryOtherStep': str`${0} (vaihe ${1}: ${2})`,
  'reportForm.when.heading': 'Milloin se tapahtui?',
  'reportForm.photos.heading': 'Haluatko lisätä kuvia?',
  'reportForm.privacy.heading': 'Henkilötietosi',
  'reportForm.review.rightNow': 'Se tapahtuu nyt',
  'reportForm.error.yesNo': 'Vastaa kyllä tai ei.',
  'reportForm.error.choose': 'Valitse yksi vaihtoehdoista.',
  'reportForm.error.area': 'Valitse alue.',
  'reportForm.error.number': 'Kirjoita numero, esimerkiksi 3.',
  'reportForm.error.tooManyPhotos': str`Voit lähettää enintään ${0} kuvaa. Poista joitakin.`,
  'reportForm.error.unknownAddress': 'Osoite ei ole enää luettelossa. Valitse se uudelleen tai kuvaa paikka omin sanoin.',
  'reportForm.error.unknownPhoto': 'Kuva ei ole enää meillä. Poista se ja lisää se uudelleen.',
  'photos.oneDone': 'Kuva on ladattu.',
  'photos.oneNotDone': 'Kuvaa ei ole vielä ladattu.',
  'photos.allDone': str`Kaikki ${0} kuvaa on ladattu.`,
  'photos.noneDone': str`Yhtäkään ${0} kuvasta ei ole vielä ladattu.`,
  'photos.someDone': str`${0}/${1} kuvaa on ladattu.`,
  'trivselpeng.again': 'Tee uusi hakemus',
  'trivselpeng.saveAndReturn': 'Tallenna ja palaa',
  'trivselpeng.error.totalMismatch': 'Summa ei täsmää budjetin summiin. Tarkista summat.',
};
