import type { Address } from '@grannskap/contract';

// Invented streets and property designations in real districts; any likeness to a real
// address register is accidental. Each row: street, house numbers, property (fastighet), postal code.
type Row = readonly [street: string, numbers: readonly (number | string)[], property: string, postalCode: string];

const streets: Record<string, { city: string; rows: readonly Row[] }> = {
  arby: {
    city: 'Eskilstuna',
    rows: [
      ['Årbyvägen', [12, 14, 16, 18], 'Eskilstuna Årbyskogen 2', '635 10'],
      ['Ekbacksvägen', [3, 5, 7], 'Eskilstuna Ekbacken 4', '635 11'],
      ['Granbacksgatan', [21, 23, 25], 'Eskilstuna Granen 1', '635 12'],
      ['Årby Gärdesväg', [2, 4], 'Eskilstuna Gärdet 7', '635 10'],
    ],
  },
  froslunda: {
    city: 'Eskilstuna',
    rows: [
      ['Fröslundavägen', [31, 33, 35, 37], 'Eskilstuna Fröet 3', '633 46'],
      ['Idrottsgatan', [2, 4, 6], 'Eskilstuna Löparen 1', '633 47'],
      ['Björkgatan', [10, 12, 14], 'Eskilstuna Björken 5', '633 46'],
      ['Fröslunda Torg', [1, 3], 'Eskilstuna Torget 2', '633 45'],
    ],
  },
  lagersberg: {
    city: 'Eskilstuna',
    rows: [
      ['Lagersbergsvägen', [20, 22, 24, 26, 28], 'Eskilstuna Lagret 6', '632 29'],
      ['Mälarvägen', [41, 43, 45], 'Eskilstuna Vågen 2', '632 30'],
      ['Gårdsvägen', [1, 3, 5], 'Eskilstuna Gården 9', '632 29'],
    ],
  },
  skiftinge: {
    city: 'Eskilstuna',
    rows: [
      ['Skiftingevägen', [5, 7, 9, 11], 'Eskilstuna Skiftet 1', '633 52'],
      ['Ängsgatan', [14, 16, 18], 'Eskilstuna Ängen 3', '633 53'],
      ['Skiftingehus Gränd', [2, 4], 'Eskilstuna Gränden 8', '633 52'],
      ['Klöverstigen', [1, 3, 5], 'Eskilstuna Klövern 4', '633 54'],
    ],
  },
  nyfors: {
    city: 'Eskilstuna',
    rows: [
      ['Nyforsgatan', [8, 10, 12, 14], 'Eskilstuna Forsen 11', '633 41'],
      ['Åpromenaden', [3, 5, 7], 'Eskilstuna Strömmen 2', '633 42'],
      ['Bruksgatan', [19, 21], 'Eskilstuna Bruket 6', '633 41'],
      ['Smedjegatan', [2, 4, 6], 'Eskilstuna Smedjan 3', '633 43'],
    ],
  },
  brunnsbacken: {
    city: 'Eskilstuna',
    rows: [
      ['Brunnsbacksvägen', [1, 3, 5, 7, 9], 'Eskilstuna Brunnen 1', '635 07'],
      ['Källgatan', [2, 4, 6], 'Eskilstuna Källan 4', '635 08'],
      ['Backstigen', [11, 13], 'Eskilstuna Backen 2', '635 07'],
    ],
  },
  torshalla: {
    city: 'Torshälla',
    rows: [
      ['Storgatan', [30, 32, 34], 'Eskilstuna Torshälla Kvarnen 3', '644 30'],
      ['Mälarbacken', [5, 7, 9], 'Eskilstuna Torshälla Backen 1', '644 31'],
      ['Holmbergsvägen', [12, 14, 16], 'Eskilstuna Torshälla Holmen 5', '644 32'],
      ['Ågatan', ['2A', '2B'], 'Eskilstuna Torshälla Ån 2', '644 30'],
    ],
  },
  rabergstorp: {
    city: 'Eskilstuna',
    rows: [
      ['Råbergstorpsvägen', [40, 42, 44, 46], 'Eskilstuna Råberget 7', '632 36'],
      ['Tallgatan', [1, 3, 5], 'Eskilstuna Tallen 2', '632 37'],
      ['Kullagatan', [8, 10], 'Eskilstuna Kullen 1', '632 36'],
    ],
  },
  myrtorp: {
    city: 'Eskilstuna',
    rows: [
      ['Myrtorpsvägen', [15, 17, 19, 21], 'Eskilstuna Myran 3', '632 24'],
      ['Ekorrvägen', [2, 4, 6], 'Eskilstuna Ekorren 6', '632 25'],
      ['Hasselstigen', [9, 11], 'Eskilstuna Hasseln 1', '632 24'],
    ],
  },
};

/** `Årby Gärdesväg 2A` → `arby-gardesvag-2a`: ids safe in paths. */
const slug = (s: string) =>
  s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const demoAddresses: Address[] = Object.entries(streets).flatMap(([areaId, { city, rows }]) =>
  rows.flatMap(([street, numbers, property, postalCode]) =>
    numbers.map((n) => ({
      id: `${areaId}-${slug(street)}-${slug(String(n))}`,
      areaId,
      street: `${street} ${n}`,
      postalCode,
      city,
      property,
    })),
  ),
);
