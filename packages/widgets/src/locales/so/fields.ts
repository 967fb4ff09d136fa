// Somali catalogue for the field messages every form shares (src/shared/field-messages.ts); spread into ../so.ts.
import { str } from '../../shared/msg.js';
import type { Catalogue } from '../../shared/msg.js';

export const templates: Catalogue = {
  'field.required': 'Fadlan buuxi meeshan.',
  'field.tooSmall': str`Tani aad bay u yar tahay ama u gaaban tahay. Waa inay ahaataa ugu yaraan ${0}.`,
  'field.tooBig': str`Tani aad bay u weyn tahay ama u dheer tahay. Waxay noqon kartaa ugu badnaan ${0}.`,
  'field.tooBigNoLimit': 'Tani aad bay u weyn tahay ama u dheer tahay.',
  'field.invalidType': 'Jawaabtan lama isticmaali karo. Mar kale qor ama dooro.',
  'field.invalidFormat': 'Tan si sax ah looma qorin. Hubi oo mar kale qor.',
  'field.invalidValue': 'Dooro mid ka mid ah xulashooyinka.',
  'field.notMultipleOf': 'Lambarkan lama isticmaali karo. Qor lambar kale.',
  'field.unrecognizedKeys': 'Foomku wuxuu diray wax aan halkan ka tirsanayn. Dib u soo geli bogga oo isku day mar kale.',
  'field.custom': 'Hubi waxa aad halkan ku qortay.',
  'field.unknown': 'Ma aqoonsanin doorashadan. Dooro mid ka mid ah xulashooyinka.',
  'field.phoneOrEmail': 'Qor lambar taleefan ama cinwaan iimayl si aan kuula soo xiriirno.',
  'field.addressOrPlace': 'Qor halka ay ka dhacday, ama ka dooro cinwaan liiska.',
  'field.totalMismatch': 'Wadarta kuma habboona lacagaha. Hubi lacagaha.',
  'field.wrongArea': 'Cinwaanku kuma jiro aagga aad dooratay. Mar kale dooro cinwaanka ama beddel aagga.',
  'field.inFuture': 'Waqtigaas weli ma iman. Qor goorta ay dhacday.',
  'field.inPast': 'Taariikhdaas way dhaaftay. Dooro maanta ama taariikh ka dambeysa.',
  'field.overCap': str`Taasi waxay ka badan tahay inta la heli karo. Ugu badnaan ${0}.`,
  'field.overCapNoLimit': 'Taasi waxay ka badan tahay inta la heli karo.',
  'field.ageRange': str`Da'du kuma habboona. Tani waxay u tahay dadka da'doodu tahay ${0}–${1} sano.`,
  'field.ageRangeNoLimit': "Da'du kuma habboona.",
  'field.endBeforeStart': 'Dhammaadku waa inuu ka dambeeyaa bilowga.',
  'field.beforeFrom': 'Taariikhda dhammaadku waa inaysan ka horreyn taariikhda bilowga.',
  'field.invalidRrule': 'Ku celintan lama isticmaali karo. Dooro mid kale.',
  'field.startNotInRule': 'Maalinta bilowgu kuma habboona ku celinta. Dooro maalin bilow ah oo ku jirta ku celinta.',
  'field.invalidCursor': 'Liisku wuu isbeddelay. Dib u soo geli bogga.',
};
