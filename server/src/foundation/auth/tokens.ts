import { randomBytes } from 'node:crypto';
import { sha256 } from '../audit/canonical.js';

/** Opaque random secrets; only their SHA-256 is stored, so a database leak yields no usable token. */
export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const secretHash = (secret: string) => sha256(secret);

/** API token shape: `sw_<prefix>_<secret>`; the prefix finds the row, the secret proves possession. */
export function newApiToken(): { prefix: string; secret: string; full: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = newSecret();
  return { prefix, secret, full: `sw_${prefix}_${secret}` };
}

export function parseApiToken(full: string): { prefix: string; secret: string } | null {
  const m = /^sw_([0-9a-f]{12})_([A-Za-z0-9_-]{20,})$/.exec(full);
  return m?.[1] && m[2] ? { prefix: m[1], secret: m[2] } : null;
}
