import type { FastifyInstance } from 'fastify';
import type { MailOptions } from '../delivery/mailer.js';
import type { DemoOutbox } from '../demo/outbox.js';

export interface DeliveryOptions {
  mail?: MailOptions;
  publicUrl?: string;
  schedule?: readonly number[];
  timeoutMs?: number;
  pollMs?: number;
  leaseMs?: number;
  concurrency?: number;
}

export interface ServerOptions {
  /** Folder for the SQLite file (unless `database` is given) and uploads; created when missing. */
  dataDir: string;
  /**
   * A PostgreSQL URL (`postgres://user:password@host:5432/name`) to store everything there instead of the SQLite
   * file, so several server processes can share it. Photos stay in `dataDir/uploads`.
   */
  database?: string;
  /** Seed demo data (config, areas, addresses, categories, activities) into an empty database. */
  demo?: boolean;
  /** Origins allowed by CORS; `true` reflects any origin. Leave out for no CORS. */
  corsOrigins?: string[] | true;
  /**
   * Requests per client IP and window for public GETs; case/registration lookups and writes get
   * `sensitiveMax` (default a fifth of `max`). `false` turns rate limiting off (tests, SDK suites).
   */
  rateLimit?: { max: number; timeWindowMs: number; sensitiveMax?: number } | false;
  /**
   * Behind a reverse proxy every request comes from the proxy's address, so rate limits would be shared by
   * all visitors. Name the proxies whose `X-Forwarded-For` is believed (addresses or CIDR ranges);
   * `true` believes any, which lets a client pick its own address — only when nothing
   * but the proxy can reach the server. Default: the header is ignored. Passed to Fastify's `trustProxy`.
   */
  trustProxy?: boolean | string[];
  logger?: boolean;
  /** Extra static folders; with `demo` and none given, the demo page and the widget CDN build. */
  staticRoots?: { prefix: string; root: string }[];
  /**
   * How long reports, trivselpeng applications and registrations (with their photos) are kept, in days
   * from creation; anything older is deleted at startup and then every `intervalMs` (default a day), and
   * each run's counts go to the retention log. Defaults: 365, 730 and 90 days. `false` turns the job off.
   */
  retention?: { reportsDays?: number; applicationsDays?: number; registrationsDays?: number; intervalMs?: number } | false;
  /**
   * Sending events to the destinations the routing rules name. `mail` (or GRANNSKAP_SMTP_URL and
   * GRANNSKAP_MAIL_FROM) is the SMTP server; without one, e-mail deliveries wait with an error staff can see.
   * `publicUrl` is where links in mails point (default: the address the server listens on).
   * `schedule` (ms between attempts), `timeoutMs`, `pollMs`, `leaseMs` are for tests. `false`: no worker in
   * this process (deliveries are still written, and another process sends them).
   */
  delivery?: DeliveryOptions | false;
  /** The demo's mail catcher and webhook receiver (`start --demo`): listed on /demo/outbox/, and added to every routing destination. */
  demoOutbox?: DemoOutbox;
  /** Clock injection for tests. */
  now?: () => Date;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  /** Creates a staff token and returns its plaintext; only a hash is stored. */
  createAdminToken(label: string): Promise<string>;
  /** Stops listening, lets in-flight requests finish (up to `graceMs`, default 2 s) and closes the database. */
  close(graceMs?: number): Promise<void>;
}
