import type { Config } from '@grannskap/contract';
import { localDateOf, wallClock } from '@grannskap/contract';
import { demoSchoolHolidays } from './school-holidays.js';

const TIME_ZONE = 'Europe/Stockholm';
const WEEKDAYS = [1, 2, 3, 4, 5];

/** Demo configuration of an invented housing company; every phone number is marked as an example. */
export const demoConfig: Config = {
  organisation: { name: 'Exempelbostäder i Eskilstuna', url: 'https://example.org/' },
  timeZone: TIME_ZONE,
  languages: { default: 'sv', available: ['sv', 'en', 'fi', 'ar', 'so'] },
  emergency: { number: '112', police: '114 14' },
  customerService: {
    contact: {
      name: { sv: 'Kundservice', en: 'Customer service', fi: 'Asiakaspalvelu', ar: 'خدمة العملاء' },
      phone: '016-00 00 00',
      email: 'kundservice@example.org',
      example: true,
    },
    hours: [{ days: WEEKDAYS, open: '08:00', close: '16:00' }],
  },
  trygghetsjour: {
    contact: {
      name: { sv: 'Trygghetsjouren', en: 'Safety on-call service', fi: 'Turvallisuuspäivystys', ar: 'خدمة الأمان المناوبة' },
      phone: '016-00 00 99',
      example: true,
    },
    hours: [
      // Every evening through the night: a span over midnight (close < open) belongs to the day it
      // opens, so Sunday's span is what covers Monday 00:00–08:00.
      { days: [1, 2, 3, 4, 5, 6, 7], open: '16:00', close: '08:00' },
      // Weekend daytime.
      { days: [6, 7], open: '08:00', close: '16:00' },
    ],
    holidaysAllDay: true,
  },
  limits: {
    photos: { maxCount: 5, maxBytes: 10 * 1024 * 1024, maxLongSide: 2048, types: ['image/jpeg', 'image/png', 'image/webp'] },
    descriptionMaxLength: 4000,
    trivselpeng: {
      maxAmount: 5000,
      currency: 'SEK',
      minOrganiserAge: 18,
      coOrganisersRequired: 1,
      decisionDays: 10,
      rules: [
        {
          code: 'lives_in_area',
          text: {
            sv: 'Jag bor i ett av bolagets bostadsområden.',
            en: 'I live in one of the company’s housing areas.',
          },
          otherwise: {
            sv: 'Trivselpengen är till för våra hyresgäster. Prata gärna med en hyresgäst i området som kan söka tillsammans med dig.',
            en: 'Trivselpeng is for our tenants. Ask a tenant in the area to apply together with you.',
          },
        },
        {
          code: 'open_to_all',
          text: {
            sv: 'Aktiviteten är öppen för alla hyresgäster i området.',
            en: 'The activity is open to all tenants in the area.',
          },
          otherwise: {
            sv: 'Vi kan bara ge pengar till aktiviteter som alla i området får vara med på. Gör aktiviteten öppen för alla och sök igen.',
            en: 'We can only fund activities everyone in the area may join. Open it to everyone and apply again.',
          },
        },
        {
          code: 'not_promotion',
          text: {
            sv: 'Aktiviteten säljer inget och gör inte reklam för ett politiskt parti eller en religion.',
            en: 'The activity sells nothing and does not promote a political party or a religion.',
          },
          otherwise: {
            sv: 'Sådana aktiviteter kan inte få trivselpeng. Kontakta kundservice om du vill hyra en lokal för dem.',
            en: 'Such activities cannot get trivselpeng. Contact customer service if you want to rent a room for them.',
          },
        },
        {
          code: 'no_alcohol',
          text: {
            sv: 'Det serveras ingen alkohol på aktiviteten.',
            en: 'No alcohol is served at the activity.',
          },
          otherwise: {
            sv: 'Trivselpengen får inte gå till aktiviteter med alkohol. Planera aktiviteten utan alkohol och sök igen.',
            en: 'Trivselpeng cannot fund activities with alcohol. Plan it without alcohol and apply again.',
          },
        },
        {
          code: 'organiser_adult',
          text: {
            sv: 'Jag som söker är minst 18 år.',
            en: 'I, the applicant, am at least 18 years old.',
          },
          otherwise: {
            sv: 'Be en vuxen, till exempel en förälder eller en granne, att söka och vara ansvarig för aktiviteten.',
            en: 'Ask an adult, for example a parent or a neighbour, to apply and be responsible for the activity.',
          },
        },
      ],
    },
  },
  privacy: {
    text: {
      sv:
        'Vi använder dina uppgifter bara för att hantera ditt ärende. ' +
        'Du kan vara anonym. Om du lämnar namn, telefon eller e-post använder vi dem för att kontakta dig om ärendet. ' +
        'Bara personal som arbetar med ärendet kan se uppgifterna. Vi tar bort dem när ärendet är klart, senast efter två år. ' +
        'Du har rätt att få veta vilka uppgifter vi har om dig och att be oss rätta eller ta bort dem.',
      en:
        'We use your details only to handle your case. ' +
        'You can stay anonymous. If you give your name, phone or email, we use them to contact you about the case. ' +
        'Only staff working on the case can see them. We delete them when the case is closed, at the latest after two years. ' +
        'You have the right to know what we hold about you and to ask us to correct or delete it.',
    },
    url: 'https://example.org/integritet',
  },
  schoolHolidays: demoSchoolHolidays(localDateOf(wallClock(new Date(), TIME_ZONE))),
};
