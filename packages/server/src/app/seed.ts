import { ActivityCreate, Address, Area, Category, Config, Routing } from '@grannskap/contract';
import type { Store } from '../storage/store.js';
import { demoActivities, demoAddresses, demoAreas, demoCategories, demoConfig, demoRouting } from '../demo/index.js';
import { newId } from '../domain/tokens.js';
import { formatInstant } from '@grannskap/contract';

/** Fills an empty database with the demo organisation; does nothing when areas already exist. */
export const seedDemo = async (store: Store, now: Date): Promise<boolean> =>
  // the check inside the transaction: two processes starting at once on one database seed it once
  store.transaction(async () => {
    if ((await store.listAreas()).length > 0) return false;
    if (!(await store.getConfig())) await store.setConfig(Config.parse(demoConfig), now.toISOString());
    // Parsed like any other input, so demo data that drifts from the contract fails loudly here.
    for (const [i, a] of demoAreas.entries()) await store.putArea(Area.parse(a), i);
    for (const a of demoAddresses) await store.putAddress(Address.parse(a));
    if (!(await store.getRouting())) await store.setRouting(Routing.parse(demoRouting), formatInstant(now, demoConfig.timeZone), 'demo');
    for (const [i, c] of demoCategories.entries()) await store.putCategory(Category.parse(c), i);
    const updatedAt = formatInstant(now, demoConfig.timeZone);
    for (const a of demoActivities(now)) {
      await store.insertActivity({ id: newId(9), ...ActivityCreate.parse(a), cancelled: false, cancelledReason: null, updatedAt });
    }
    return true;
  });

/** The configuration every request reads; an empty database gets the demo's (marked as examples) until replaced. */
export const ensureConfig = async (store: Store, now: Date): Promise<Config> => {
  const stored = await store.getConfig();
  if (stored) return stored;
  const config = Config.parse(demoConfig);
  await store.setConfig(config, now.toISOString());
  return config;
};
