import type { Permission, TokenScope } from '@shouwang/contracts';
import { regionScope, SYSTEM_SCOPE, type Scope } from '../scope/scope.js';
import { forbidden } from '../http/errors.js';
import { AUTH_TEXT } from '../http/common-errors.js';

/** Who is acting: a signed-in user, a machine with an API token, or the platform itself. */
export type Actor = {
  readonly kind: 'user' | 'token' | 'system';
  readonly id: string | null;
  readonly name: string;
  readonly regionCode: string;
  readonly permissions: ReadonlySet<Permission>;
  readonly tokenScopes: ReadonlySet<TokenScope>;
  readonly scope: Scope;
};

export function userActor(u: { id: string; name: string; regionCode: string; permissions: Iterable<Permission> }): Actor {
  return Object.freeze({
    kind: 'user',
    id: u.id,
    name: u.name,
    regionCode: u.regionCode,
    permissions: new Set(u.permissions),
    tokenScopes: new Set<TokenScope>(),
    scope: regionScope(u.regionCode),
  });
}

export function tokenActor(t: { id: string; name: string; regionCode: string; scopes: Iterable<TokenScope> }): Actor {
  return Object.freeze({
    kind: 'token',
    id: t.id,
    name: `token:${t.name}`,
    regionCode: t.regionCode,
    permissions: new Set<Permission>(),
    tokenScopes: new Set(t.scopes),
    scope: regionScope(t.regionCode),
  });
}

/** The platform acting on its own behalf (seeding, timers); sees every region. */
export function systemActor(name = 'system'): Actor {
  return Object.freeze({
    kind: 'system',
    id: null,
    name,
    regionCode: '000000000000',
    permissions: new Set<Permission>(),
    tokenScopes: new Set<TokenScope>(),
    scope: SYSTEM_SCOPE,
  });
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.kind === 'system' || actor.permissions.has(permission);
}

/** Services call this on their first line: the route policy is the gate, this is the belt. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden('AUTH_FORBIDDEN', AUTH_TEXT.AUTH_FORBIDDEN, { permission });
}
