import { createHash } from 'node:crypto';

/** JSON with sorted keys and no undefined, so the same value always hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const digestOf = (value: unknown): string | null => (value === undefined || value === null ? null : sha256(canonicalJson(value)));
