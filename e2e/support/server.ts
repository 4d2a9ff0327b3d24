import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, webDist } from './paths.js';

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

const START_TIMEOUT_MS = 120_000;
const BUILD_TIMEOUT_MS = 300_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The server serves web/dist: build it when missing or older than any web source (a journey must test today's UI). */
export function ensureWebBuilt(): void {
  const index = join(webDist, 'index.html');
  if (existsSync(index) && newestMtime(join(repoRoot, 'web', 'src')) < statSync(index).mtimeMs) return;
  const result = spawnSync('npm', ['run', 'build', '-w', 'web'], {
    cwd: repoRoot,
    stdio: 'inherit',
    timeout: BUILD_TIMEOUT_MS,
  });
  if (result.status !== 0) throw new Error(`web build failed (exit ${String(result.status)})`);
}

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, e) => {
    const p = join(dir, e.name);
    return Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }, 0);
}

async function waitForHealth(baseUrl: string, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer /api/health within ${START_TIMEOUT_MS / 1000}s`);
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the real server (embedded PGlite, demo seed) on a free port with its own data directory.
 * Set E2E_BASE_URL to test an instance that is already running instead.
 */
export async function startServer(): Promise<RunningServer> {
  const external = process.env['E2E_BASE_URL'];
  if (external) return { baseUrl: external.replace(/\/$/, ''), output: () => '', stop: async () => {} };

  ensureWebBuilt();
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'shouwang-e2e-'));
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
      // Journeys run side by side: each server's embedded MQTT broker takes a free port.
      MQTT_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listening = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Shouwang listening on http://127.0.0.1:${port}`)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      listening,
      new Promise((_, reject) => {
        startTimer = setTimeout(() => reject(new Error('no "Shouwang listening" line')), START_TIMEOUT_MS);
      }),
      new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`server exited with code ${code}`)))),
    ]);
    await waitForHealth(baseUrl, child, deadline);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\n--- server output ---\n${output}`);
  } finally {
    // A pending timer would keep the test process alive for two minutes after the run.
    clearTimeout(startTimer);
  }
  return { baseUrl, output: () => output, stop };
}
