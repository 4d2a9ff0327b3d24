import { subtreeRange } from './region-code.js';

/**
 * Where an actor may read and write: the subtree of one region, or everything (system jobs, seeding).
 * Created only from an authenticated actor or explicitly as `SYSTEM_SCOPE`.
 */
export type Scope = { readonly kind: 'region'; readonly root: string; readonly range: [string, string] } | {
  readonly kind: 'system';
};

export const SYSTEM_SCOPE: Scope = Object.freeze({ kind: 'system' });

export function regionScope(root: string): Scope {
  return Object.freeze({ kind: 'region', root, range: subtreeRange(root) });
}

export function scopeAllows(scope: Scope, code: string): boolean {
  return scope.kind === 'system' || (code >= scope.range[0] && code <= scope.range[1]);
}
