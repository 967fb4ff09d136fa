import type { Area } from '@grannskap/contract';

/** Real Eskilstuna district names; the descriptions are the demo's own. */
export const demoAreas: Area[] = [
  { id: 'arby', name: 'Årby', description: { sv: 'Bostadsområde söder om centrum med skog och motionsspår nära.', en: 'Residential area south of the centre, close to woods and trails.' } },
  { id: 'froslunda', name: 'Fröslunda', description: { sv: 'Stadsdel med centrum, skolor och idrottsplatser.', en: 'District with a local centre, schools and sports grounds.' } },
  { id: 'lagersberg', name: 'Lagersberg', description: { sv: 'Bostadsområde med stora gårdar och närhet till Fröslunda centrum.', en: 'Residential area with large courtyards near Fröslunda centre.' } },
  { id: 'skiftinge', name: 'Skiftinge', description: { sv: 'Stadsdel i nordöstra Eskilstuna med eget centrum.', en: 'District in north-eastern Eskilstuna with its own centre.' } },
  { id: 'nyfors', name: 'Nyfors', description: { sv: 'Innerstadsnära område längs Eskilstunaån.', en: 'Area near the inner city along the Eskilstuna river.' } },
  { id: 'brunnsbacken', name: 'Brunnsbacken', description: { sv: 'Lugnt bostadsområde med radhus och flerfamiljshus.', en: 'Quiet area with terraced houses and blocks of flats.' } },
  { id: 'torshalla', name: 'Torshälla', description: { sv: 'Småstad norr om Eskilstuna vid Torshällaån.', en: 'Small town north of Eskilstuna by the Torshälla river.' } },
  { id: 'rabergstorp', name: 'Råbergstorp', description: { sv: 'Bostadsområde i västra Eskilstuna.', en: 'Residential area in western Eskilstuna.' } },
  { id: 'myrtorp', name: 'Myrtorp', description: { sv: 'Bostadsområde nära Ekeby och stadens västra delar.', en: 'Residential area near the western parts of the town.' } },
];
