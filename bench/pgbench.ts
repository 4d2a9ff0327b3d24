// Runs pgbench with custom scripts and reads its per-transaction log (--log) for percentiles.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fromLatencies } from './stats.js';

const run = promisify(execFile);

export async function pgbenchAvailable(): Promise<string | null> {
  try {
    const { stdout } = await run('pgbench', ['--version']);
    return stdout.trim();
  } catch {
    return null;
  }
}

export type PgbenchResult = ReturnType<typeof fromLatencies> & { tps: number; avgMs: number; failed: number };

/**
 * `pgbench -n -c C -j J -T seconds --log` over the given scripts (`name` → SQL text, run with equal
 * weight), after a short unlogged warm-up. tps and latency average are pgbench's own; p50/p95/p99 come
 * from the per-transaction log (transaction time in µs, column 3).
 */
export async function pgbench(url: string, scripts: Record<string, string>, o: { clients: number; seconds: number; warmupSeconds: number }): Promise<PgbenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-pgbench-'));
  try {
    const files = Object.entries(scripts).flatMap(([name, text]) => {
      const f = path.join(dir, `${name}.sql`);
      fs.writeFileSync(f, text);
      return ['-f', f];
    });
    const common = ['-n', ...files, '-c', String(o.clients), '-j', String(Math.min(o.clients, os.cpus().length))];
    if (o.warmupSeconds > 0) await run('pgbench', [...common, '-T', String(Math.max(1, Math.round(o.warmupSeconds))), url]);
    const prefix = path.join(dir, 'log');
    const { stdout } = await run('pgbench', [...common, '-T', String(Math.max(1, Math.round(o.seconds))), '--log', `--log-prefix=${prefix}`, url], { maxBuffer: 16 * 1024 * 1024 });
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1] ?? NaN);
    const avgMs = Number(/latency average = ([\d.]+) ms/.exec(stdout)?.[1] ?? NaN);
    const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
    const lat: number[] = [];
    for (const f of fs.readdirSync(dir).filter((n) => n.startsWith('log.'))) {
      for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
        const us = line.split(' ')[2];
        if (us) lat.push(Number(us) / 1000);
      }
    }
    // pgbench's tps excludes connection time; keep it as the throughput figure.
    const f = fromLatencies(lat, (lat.length / tps) * 1000);
    return { ...f, perSec: tps, tps, avgMs, failed };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
