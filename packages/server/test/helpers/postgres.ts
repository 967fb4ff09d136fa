// A throwaway PostgreSQL cluster for the tests, from the machine's own binaries (Debian: `apt-get install
// postgresql`): initdb on a temporary folder, pg_ctl start on a free port on loopback, stopped and removed at the
// end. No mocks and no in-memory stand-in: the tests talk to a real server.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

export interface PostgresCluster {
  /** A connection URL for `database` (default `postgres`), as `--database` and DATABASE_URL take it. */
  url(database?: string): string;
  port: number;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): string;
  /** The server's version number, e.g. 150012. */
  version: number;
  /** Shuts the server down (`-m fast`: connections are cut), keeping its data, as an outage would. */
  pause(): void;
  /** Starts it again after `pause`, on the same port. */
  resume(): void;
  /** Stops the server at once (`-m immediate`: the cluster is thrown away) and removes its folder. */
  stop(): void;
}

const USER = 'grannskap';
const MIN_VERSION = 15;

/** PostgreSQL's bin folder: $PG_BIN, the newest /usr/lib/postgresql/<n>/bin (Debian), or initdb on PATH. */
export const postgresBin = (): string | null => {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).map(Number).filter((v) => v >= MIN_VERSION).sort((a, b) => b - a);
    for (const v of versions) if (existsSync(join(debian, String(v), 'bin', 'initdb'))) return join(debian, String(v), 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  return null;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** initdb refuses to run as root: as root, the cluster runs as the `postgres` user (Debian's), or `nobody`. */
const runAs = (): { uid: number; gid: number } | undefined => {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const found = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (found.status === 0) {
      const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
      return { uid: Number(found.stdout.trim()), gid: Number(gid.stdout.trim()) };
    }
  }
  throw new Error('Running as root, and neither a `postgres` nor a `nobody` user exists to run PostgreSQL as.');
};

/**
 * Starts a new cluster. Throws, saying how to install PostgreSQL, when its binaries are missing: the suites that
 * use it must fail on a machine without it rather than pass without having run.
 */
export const startPostgres = async (): Promise<PostgresCluster> => {
  const bin = postgresBin();
  if (!bin) {
    throw new Error(
      `PostgreSQL ${MIN_VERSION} or later is needed for these tests and was not found (no initdb in /usr/lib/postgresql/*/bin, $PG_BIN or PATH). ` +
        'Install it: `apt-get install postgresql` (Debian/Ubuntu); .ci/run does this when it is missing.',
    );
  }
  const owner = runAs();
  const root = mkdtempSync(join(tmpdir(), 'grannskap-pg-'));
  const data = join(root, 'data');
  if (owner) chownSync(root, owner.uid, owner.gid);
  const run = (tool: string, args: string[]) =>
    execFileSync(join(bin, tool), args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' } });
  try {
    run('initdb', ['-D', data, '-U', USER, '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    // the socket in the cluster's own folder; TCP on loopback only
    const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=32MB`;
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(root, 'log'), '-w', '-t', '60', 'start']);
    const url = (database = 'postgres') => `postgres://${USER}@127.0.0.1:${port}/${database}`;
    const psql = (sql: string) => run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', USER, '-d', 'postgres', '-XAtqc', sql]).trim();
    const version = Number(psql('SHOW server_version_num'));
    let stopped = false;
    return {
      url,
      port,
      version,
      createDatabase: (name) => {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
        psql(`CREATE DATABASE ${name}`);
        return url(name);
      },
      pause: () => { run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']); },
      resume: () => { run('pg_ctl', ['-D', data, '-o', options, '-l', join(root, 'log'), '-w', '-t', '60', 'start']); },
      stop: () => {
        if (stopped) return;
        stopped = true;
        try {
          run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    const log = existsSync(join(root, 'log')) ? spawnSync('cat', [join(root, 'log')], { encoding: 'utf8' }).stdout : '';
    try { run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']); } catch { /* not started */ }
    rmSync(root, { recursive: true, force: true });
    const detail = error instanceof Error && 'stderr' in error ? String((error as { stderr: unknown }).stderr) : '';
    throw new Error(`Could not start a throwaway PostgreSQL cluster with ${bin}: ${detail || String(error)}${log ? `\n${log}` : ''}`);
  }
};

let own: PostgresCluster | undefined;
let created = 0;

/**
 * A new, empty database for one test: on the cluster `GRANNSKAP_TEST_POSTGRES` names (an admin URL; the Node
 * suites' runner starts one cluster for all files: scripts/test-node.mjs --postgres), or else on a cluster this
 * process starts on first use and stops when it exits.
 */
export const newTestDatabase = async (): Promise<string> => {
  let admin = process.env.GRANNSKAP_TEST_POSTGRES;
  if (!admin) {
    if (!own) {
      own = await startPostgres();
      const cluster = own;
      process.once('exit', () => cluster.stop());
    }
    admin = own.url();
  }
  created += 1;
  const name = `t_${process.pid}_${created}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.href;
};
