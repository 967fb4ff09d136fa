import { ActivityCreate, Address, Area, Category, Config, Routing } from '@grannskap/contract';
import type { Store } from '../storage/store.js';
import { demoActivities, demoAddresses, demoAreas, demoCategories, demoConfig, demoRouting } from '../demo/index.js';
import { newId } from '../domain/tokens.js';
import { formatInstant } from '@grannskap/contract';

/** Fills an empty database with the demo organisation; does nothing when areas already exist. */
export const seedDemo = (store: Store, now: Date): boolean => {
  if (store.listAreas().length > 0) return false;
  store.transaction(() => {
    if (!store.getConfig()) store.setConfig(Config.parse(demoConfig), now.toISOString());
    // Parsed like any other input, so demo data that drifts from the contract fails loudly here.
    demoAreas.forEach((a, i) => store.putArea(Area.parse(a), i));
    for (const a of demoAddresses) store.putAddress(Address.parse(a));
    if (!store.getRouting()) store.setRouting(Routing.parse(demoRouting), formatInstant(now, demoConfig.timeZone), 'demo');
    demoCategories.forEach((c, i) => store.putCategory(Category.parse(c), i));
    const updatedAt = formatInstant(now, demoConfig.timeZone);
    for (const a of demoActivities(now)) {
      store.insertActivity({ id: newId(9), ...ActivityCreate.parse(a), cancelled: false, cancelledReason: null, updatedAt });
    }
  });
  return true;
};

/** The configuration every request reads; an empty database gets the demo's (marked as examples) until replaced. */
export const ensureConfig = (store: Store, now: Date): Config => {
  const stored = store.getConfig();
  if (stored) return stored;
  const config = Config.parse(demoConfig);
  store.setConfig(config, now.toISOString());
  return config;
};
