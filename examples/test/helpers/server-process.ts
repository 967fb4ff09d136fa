import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

// The real server as the operator runs it (`grannskap-server start`), in a child process of its own so
// that a test can kill it with SIGKILL in the middle of a request and start it again on the same port
// and data folder, as a crash and a restart by systemd would.

const CLI = fileURLToPath(new URL('../../../packages/server/dist/cli.js', import.meta.url));

export interface ServerProcess {
  /** `http://127.0.0.1:PORT`, the same across restarts. */
  readonly url: string;
  /** The demo's staff token, printed by the first start. */
  readonly staffToken: string;
  /** SIGKILL: no shutdown hook runs, open requests die with the process. */
  kill9(): Promise<void>;
  /** Starts the server again on the same port and data folder. */
  restart(): Promise<void>;
  /** A graceful stop (SIGTERM). */
  stop(): Promise<void>;
}

/** A port that was free a moment ago. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/** Starts `cli.js start` and resolves once it says it is ready; rejects with its output when it exits first. */
function launch(args: string[]): Promise<{ child: ChildProcess; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'start', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Grannskap is ready at/.test(output)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        // Keep draining the pipes, or a chatty log would block the server.
        child.stdout!.resume();
        resolve({ child, output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/**
 * Starts the demo server (demo data, no partner site) on a free port with `dataDir`, allowing calls from
 * `corsOrigins`. Rate limits count per visitor behind the test's proxy (X-Forwarded-For from 127.0.0.1
 * is trusted), as in production.
 */
export async function startServerProcess(dataDir: string, corsOrigins: string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const args = ['--data', dataDir, '--port', String(port), '--demo', '--partner-port', '0', '--trust-proxy', '127.0.0.1', ...corsOrigins.flatMap((o) => ['--cors-origin', o])];
  const first = await launch(args);
  let child = first.child;
  const output = first.output;
  const staffToken = /#token=([^\s]+)/.exec(output)?.[1];
  if (!staffToken) throw new Error(`no staff token in the server's output:\n${output}`);
  return {
    url: `http://127.0.0.1:${port}`,
    staffToken,
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async restart() {
      ({ child } = await launch(args));
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
