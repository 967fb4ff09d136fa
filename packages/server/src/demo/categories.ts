import type { Category, CategoryField } from '@grannskap/contract';

// The service catalogue (Open311 style). Finnish and Arabic names are given where we could
// write them with confidence; missing languages fall back to Swedish.

const howOften: CategoryField = {
  code: 'how_often',
  type: 'singlevaluelist',
  required: true,
  label: { sv: 'Hur ofta händer det?', en: 'How often does it happen?', fi: 'Kuinka usein sitä tapahtuu?' },
  values: [
    { key: 'first_time', name: { sv: 'Första gången', en: 'The first time', fi: 'Ensimmäistä kertaa' } },
    { key: 'sometimes', name: { sv: 'Ibland', en: 'Sometimes', fi: 'Joskus' } },
    { key: 'often', name: { sv: 'Ofta', en: 'Often', fi: 'Usein' } },
  ],
};

const whichFlat: CategoryField = {
  code: 'flat_or_floor',
  type: 'string',
  required: false,
  maxLength: 100,
  label: { sv: 'Vilken lägenhet eller våning?', en: 'Which flat or floor?', fi: 'Mikä asunto tai kerros?' },
  description: { sv: 'Skriv om du vet, till exempel ”våning 3” eller lägenhetsnummer.', en: 'If you know, e.g. “3rd floor” or the flat number.' },
};

const dangerousNow: CategoryField = {
  code: 'dangerous_now',
  type: 'boolean',
  required: true,
  label: { sv: 'Är det farligt just nu?', en: 'Is it dangerous right now?', fi: 'Onko se vaarallista juuri nyt?' },
  description: { sv: 'Till exempel glas på marken, vatten nära el eller en dörr som inte går att låsa.', en: 'For example broken glass, water near electricity or a door that cannot be locked.' },
};

const unsafeWhy: CategoryField = {
  code: 'unsafe_because',
  type: 'multivaluelist',
  required: true,
  label: { sv: 'Vad gör platsen otrygg?', en: 'What makes the place feel unsafe?', fi: 'Mikä tekee paikasta turvattoman?' },
  values: [
    { key: 'dark', name: { sv: 'Dålig belysning', en: 'Poor lighting', fi: 'Huono valaistus' } },
    { key: 'bushes', name: { sv: 'Buskar eller träd skymmer', en: 'Bushes or trees block the view', fi: 'Pensaat tai puut peittävät näkyvyyden' } },
    { key: 'people', name: { sv: 'Personer som uppehåller sig där', en: 'People hanging around', fi: 'Paikalla oleskelevat ihmiset' } },
    { key: 'traffic', name: { sv: 'Trafik', en: 'Traffic', fi: 'Liikenne' } },
    { key: 'other', name: { sv: 'Något annat', en: 'Something else', fi: 'Jokin muu' } },
  ],
};

const sinceWhen: CategoryField = {
  code: 'since',
  type: 'datetime',
  required: false,
  label: { sv: 'Sedan när har det varit så?', en: 'Since when has it been like this?', fi: 'Mistä lähtien näin on ollut?' },
};

export const demoCategories: Category[] = [
  {
    code: 'noise',
    kind: 'disturbance',
    name: { sv: 'Störande ljud eller fest', en: 'Noise or party', fi: 'Häiritsevä melu tai juhlat', ar: 'إزعاج أو حفلة صاخبة' },
    description: { sv: 'Hög musik, fest, skrik eller annat ljud som stör grannarna.', en: 'Loud music, a party, shouting or other noise that disturbs neighbours.' },
    urgentPossible: true,
    fields: [howOften, whichFlat],
  },
  {
    code: 'threat',
    kind: 'disturbance',
    name: { sv: 'Bråk eller hot', en: 'Fighting or threats', fi: 'Riita tai uhkailu', ar: 'شجار أو تهديد' },
    description: { sv: 'Ring 112 om någon är i fara just nu.', en: 'Call 112 if someone is in danger right now.' },
    urgentPossible: true,
    fields: [howOften, whichFlat],
  },
  {
    code: 'smoking',
    kind: 'disturbance',
    name: { sv: 'Rökning i trapphus', en: 'Smoking in the stairwell', fi: 'Tupakointi porraskäytävässä', ar: 'التدخين في بيت الدرج' },
    urgentPossible: false,
    fields: [howOften, whichFlat],
  },
  {
    code: 'vandalism',
    kind: 'damage',
    name: { sv: 'Skadegörelse', en: 'Vandalism', fi: 'Ilkivalta', ar: 'تخريب' },
    urgentPossible: false,
    fields: [dangerousNow],
  },
  {
    code: 'graffiti',
    kind: 'damage',
    name: { sv: 'Klotter', en: 'Graffiti', fi: 'Töhryt', ar: 'كتابة على الجدران' },
    description: { sv: 'Klotter med hot eller kränkande text tar vi bort inom ett dygn.', en: 'Graffiti with threats or offensive text is removed within a day.' },
    urgentPossible: false,
    fields: [],
  },
  {
    code: 'door_lock',
    kind: 'damage',
    name: { sv: 'Trasig dörr eller lås', en: 'Broken door or lock', fi: 'Rikkinäinen ovi tai lukko', ar: 'باب أو قفل معطل' },
    urgentPossible: false,
    fields: [dangerousNow],
  },
  {
    code: 'lighting',
    kind: 'damage',
    name: { sv: 'Trasig belysning', en: 'Broken lighting', fi: 'Rikkinäinen valaistus', ar: 'إنارة معطلة' },
    urgentPossible: false,
    fields: [sinceWhen],
  },
  {
    code: 'lift',
    kind: 'damage',
    name: { sv: 'Hiss ur funktion', en: 'Lift out of order', fi: 'Hissi ei toimi', ar: 'المصعد معطل' },
    description: { sv: 'Sitter någon fast i hissen? Tryck på larmknappen i hissen eller ring 112.', en: 'Is someone stuck in the lift? Press the alarm button in the lift or call 112.' },
    urgentPossible: false,
    fields: [dangerousNow],
  },
  {
    code: 'water_leak',
    kind: 'damage',
    name: { sv: 'Vattenläcka', en: 'Water leak', fi: 'Vesivuoto', ar: 'تسرب مياه' },
    description: { sv: 'Stäng av vattnet om du kan. Ring trygghetsjouren på kvällar och helger.', en: 'Turn off the water if you can. Call the on-call service evenings and weekends.' },
    urgentPossible: true,
    fields: [dangerousNow, whichFlat],
  },
  {
    code: 'unsafe_place',
    kind: 'unsafe_place',
    name: { sv: 'Otrygg plats', en: 'Place that feels unsafe', fi: 'Turvaton paikka', ar: 'مكان غير آمن' },
    description: { sv: 'En plats i ditt område där du eller andra känner er otrygga.', en: 'A place in your area where you or others feel unsafe.' },
    urgentPossible: false,
    fields: [unsafeWhy],
  },
  {
    code: 'littering',
    kind: 'other',
    name: { sv: 'Nedskräpning', en: 'Litter', fi: 'Roskaaminen', ar: 'رمي النفايات' },
    urgentPossible: false,
    fields: [],
  },
  {
    code: 'other',
    kind: 'other',
    name: { sv: 'Övrigt', en: 'Other', fi: 'Muu asia', ar: 'أخرى' },
    urgentPossible: false,
    fields: [],
  },
];
