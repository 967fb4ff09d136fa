// Errors that say the database cannot be reached or is too busy right now — not that the request was wrong,
// nor that the server has a bug. They answer 503 with Retry-After, so clients (the SDK's outbox, the widgets)
// keep the write and send it again shortly, instead of a 500.

/** PostgreSQL SQLSTATEs: connection exceptions (class 08), shutting down or starting up, too many connections. */
const POSTGRES_CODES = new Set(['08000', '08001', '08003', '08004', '08006', '08007', '57P01', '57P02', '57P03', '53300']);
/** Socket errors from the `pg` driver's connection. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** SQLite: another process held the write lock past the busy timeout. */
const SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED']);
/** What `pg` and its pool say when a connection ends or cannot be had, without a code. */
const POSTGRES_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection closed)/;

/** Whether `error` means the database is unreachable or busy for now (worth a 503 and a retry). */
export const isStorageUnavailable = (error: unknown): boolean => {
  if (error == null || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (POSTGRES_CODES.has(code) || SOCKET_CODES.has(code) || SQLITE_CODES.has(code))) return true;
  if (typeof message === 'string' && POSTGRES_MESSAGES.test(message)) return true;
  // an AggregateError from a connect that tried several addresses (IPv4 and IPv6 of localhost)
  const errors = (error as { errors?: unknown }).errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every(isStorageUnavailable);
};

/** Seconds a client is asked to wait before trying again. */
export const UNAVAILABLE_RETRY_AFTER_S = 5;
