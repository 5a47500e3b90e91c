// Starts code-server (VS Code 1.139 in the browser) under Node 24 on a free loopback port, in a throw-away
// profile: its settings, extensions, logs and config live in one temporary folder, never in the user's home.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CODE_SERVER, NODE24 } from './paths';
import { waitFor } from './wait';

export interface Profile {
  /** Holds user data, extensions and XDG folders of this run. */
  readonly dir: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly env: NodeJS.ProcessEnv;
}

export function makeProfile(dir: string): Profile {
  const userDataDir = join(dir, 'user-data');
  const extensionsDir = join(dir, 'extensions');
  const xdg = join(dir, 'xdg');
  for (const d of [userDataDir, extensionsDir, xdg]) mkdirSync(d, { recursive: true });
  const env = { ...process.env, XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data'), XDG_CACHE_HOME: join(xdg, 'cache') };
  return { dir, userDataDir, extensionsDir, env };
}

function codeServerCli(profile: Profile, args: string[]): string {
  const r = spawnSync(NODE24, [CODE_SERVER, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, ...args], {
    env: profile.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${out}`);
  return out;
}

/** `code-server --install-extension <vsix>`, the way a user installs a VSIX; returns `--list-extensions --show-versions`. */
export function installExtension(profile: Profile, vsix: string): { output: string; installed: string[] } {
  const output = codeServerCli(profile, ['--install-extension', vsix]);
  const installed = codeServerCli(profile, ['--list-extensions', '--show-versions'])
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[\w-]+\.[\w-]+@/.test(l));
  return { output, installed };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface CodeServer {
  /** The workbench with the workspace open. */
  readonly url: string;
  /** host:port, the remote authority of `vscode-remote:` URIs in this server. */
  readonly authority: string;
  readonly log: () => string;
  stop(): Promise<void>;
}

/** `extraArgs` go before the workspace, e.g. `--vscode-option enable-smoke-test-driver`. */
export async function startCodeServer(profile: Profile, workspace: string, extraArgs: string[] = []): Promise<CodeServer> {
  const port = await freePort();
  const args = [
    CODE_SERVER,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    ...extraArgs,
    workspace,
  ];
  // Its own process group, so that stop() ends code-server and its children (extension host, language server) and nothing else.
  const proc: ChildProcess = spawn(NODE24, args, { env: profile.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout!.on('data', (d) => (log += d));
  proc.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const server: CodeServer = {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    authority: `127.0.0.1:${port}`,
    log: () => log,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(-proc.pid!, s);
        } catch {
          // the group is gone already
        }
      };
      signal('SIGTERM');
      const done = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 10_000))]);
      if (!done) signal('SIGKILL');
    },
  };
  try {
    await waitFor(
      `code-server to answer on 127.0.0.1:${port}`,
      async () => {
        if (proc.exitCode !== null) throw new Error(`code-server exited with ${proc.exitCode}:\n${log}`);
        try {
          return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
        } catch {
          return false;
        }
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
  } catch (e) {
    await server.stop();
    throw e;
  }
  return server;
}
