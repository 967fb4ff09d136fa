// The outbox's IndexedDB database, shared by the store and `keptOperations` (which must not load the store).
export const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

export const DEFAULT_DATABASE = 'grannskap';
export const DEFAULT_STORE = 'outbox';

/** Opens the outbox's database, making its object store the first time. */
export const openOutboxDatabase = (factory: IDBFactory, database: string, store: string): Promise<IDBDatabase> => {
  const request = factory.open(database, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store, { keyPath: 'id' });
  };
  return done(request);
};
