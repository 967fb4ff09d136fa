// Finnish catalogue for the field messages every form shares (src/shared/field-messages.ts); spread into ../fi.ts.
import { str } from '../../shared/msg.js';
import type { Catalogue } from '../../shared/msg.js';

export const templates: Catalogue = {
  'field.required': 'Täytä tämä kohta.',
  'field.tooSmall': str`Tämä on liian pieni tai lyhyt. Sen pitää olla vähintään ${0}.`,
  'field.tooBig': str`Tämä on liian suuri tai pitkä. Se saa olla enintään ${0}.`,
  'field.tooBigNoLimit': 'Tämä on liian suuri tai pitkä.',
  'field.invalidType': 'Vastausta ei voi käyttää. Kirjoita tai valitse uudelleen.',
  'field.invalidFormat': 'Tätä ei ole kirjoitettu oikein. Tarkista ja kirjoita uudelleen.',
  'field.invalidValue': 'Valitse yksi vaihtoehdoista.',
  'field.notMultipleOf': 'Tätä lukua ei voi käyttää. Kirjoita toinen luku.',
  'field.unrecognizedKeys': 'Lomake lähetti jotain, mikä ei kuulu tähän. Lataa sivu uudelleen ja yritä uudelleen.',
  'field.custom': 'Tarkista, mitä kirjoitit tähän.',
  'field.unknown': 'Emme tunnista tätä valintaa. Valitse yksi vaihtoehdoista.',
  'field.phoneOrEmail': 'Anna puhelinnumero tai sähköpostiosoite, jotta voimme tavoittaa sinut.',
  'field.addressOrPlace': 'Kirjoita, missä se tapahtui, tai valitse osoite luettelosta.',
  'field.totalMismatch': 'Summa ei täsmää summiin. Tarkista summat.',
  'field.wrongArea': 'Osoite ei ole valitsemallasi alueella. Valitse osoite uudelleen tai vaihda alue.',
  'field.inFuture': 'Se aika ei ole vielä tullut. Kirjoita, milloin se tapahtui.',
  'field.inPast': 'Päivämäärä on jo mennyt. Valitse tämä päivä tai myöhempi.',
  'field.overCap': str`Se on enemmän kuin voi saada. Enintään ${0}.`,
  'field.overCapNoLimit': 'Se on enemmän kuin voi saada.',
  'field.ageRange': str`Ikä ei sovi. Tämä on ${0}–${1}-vuotiaille.`,
  'field.ageRangeNoLimit': 'Ikä ei sovi.',
  'field.endBeforeStart': 'Lopun pitää olla alun jälkeen.',
  'field.beforeFrom': 'Loppupäivä ei saa olla ennen alkupäivää.',
  'field.invalidRrule': 'Toistoa ei voi käyttää. Valitse toinen.',
  'field.startNotInRule': 'Aloituspäivä ei sovi toistoon. Valitse aloituspäivä, joka kuuluu toistoon.',
  'field.invalidCursor': 'Luettelo on muuttunut. Lataa sivu uudelleen.',
};
