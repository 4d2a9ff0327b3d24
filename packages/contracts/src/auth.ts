import { z } from 'zod';
import { Id, RegionCode } from './common.js';

export const PERMISSIONS = [
  'region.read',
  'region.manage',
  'user.read',
  'user.manage',
  'org.read',
  'org.manage',
  'token.manage',
  'audit.read',
  'audit.verify',
  'resource.read',
  'resource.manage',
  'enterprise.read',
  'enterprise.manage',
  'telemetry.write',
  'alarm.read',
  'alarm.handle',
  'warning.read',
  'warning.write',
  'warning.approve',
  'warning.import',
  'incident.read',
  'incident.report',
  'incident.command',
  'duty.read',
  'duty.manage',
  'inspection.write',
  'grid.report',
] as const;
export const Permission = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof Permission>;

export const ROLE_KEYS = [
  'system_admin',
  'bureau_leader',
  'duty_officer',
  'inspector',
  'grid_member',
  'enterprise_safety_officer',
  'viewer',
] as const;
export const RoleKey = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

export const LoginRequest = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256),
  })
  .strict();
export type LoginRequest = z.infer<typeof LoginRequest>;

export const SessionUser = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  regionCode: RegionCode,
  regionName: z.string(),
  orgUnit: z.object({ id: Id, name: z.string() }).nullable(),
  roles: z.array(z.object({ key: z.string(), name: z.string() })),
  permissions: z.array(Permission),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const MeResponse = z.object({ user: SessionUser, csrfToken: z.string() });
export type MeResponse = z.infer<typeof MeResponse>;

export const Role = z.object({
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  permissions: z.array(Permission),
  builtIn: z.boolean(),
});
export type Role = z.infer<typeof Role>;

export const ORG_KINDS = ['emergency_bureau', 'fire_rescue', 'water', 'natural_resources', 'meteorology', 'health', 'public_security', 'transport', 'enterprise', 'township_gov', 'village_committee', 'other'] as const;
export const OrgKind = z.enum(ORG_KINDS);

export const OrgUnit = z.object({
  id: Id,
  name: z.string(),
  kind: OrgKind,
  regionCode: RegionCode,
  parentId: Id.nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

export const Phone = z.string().regex(/^[0-9+\-() ]{3,20}$/, 'phone must be digits, +, -, spaces');

export const OrgUnitCreate = z
  .object({
    name: z.string().trim().min(1).max(100),
    kind: OrgKind,
    regionCode: z.string().regex(/^\d{12}$/),
    parentId: Id.nullable().optional(),
    phone: Phone.nullable().optional(),
  })
  .strict();

export const OrgUnitUpdate = OrgUnitCreate.partial().strict();

export const User = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  regionCode: RegionCode,
  orgUnitId: Id.nullable(),
  phone: z.string().nullable(),
  roles: z.array(z.string()),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const Password = z
  .string()
  .min(8, 'password must have at least 8 characters')
  .max(256)
  .refine((p) => /[a-zA-Z]/.test(p) && /\d/.test(p), 'password must contain letters and digits');

export const UserCreate = z
  .object({
    username: z.string().trim().regex(/^[a-zA-Z0-9_.-]{3,64}$/, 'username: 3–64 letters, digits, _ . -'),
    displayName: z.string().trim().min(1).max(64),
    password: Password,
    regionCode: z.string().regex(/^\d{12}$/),
    orgUnitId: Id.nullable().optional(),
    phone: Phone.nullable().optional(),
    roles: z.array(RoleKey).min(1).max(10),
  })
  .strict();

export const UserUpdate = z
  .object({
    displayName: z.string().trim().min(1).max(64),
    regionCode: z.string().regex(/^\d{12}$/),
    orgUnitId: Id.nullable(),
    phone: Phone.nullable(),
    roles: z.array(RoleKey).min(1).max(10),
    disabled: z.boolean(),
    password: Password,
  })
  .partial()
  .strict();

export const TOKEN_SCOPES = ['telemetry:write', 'warnings:import', 'incidents:report', 'read'] as const;
export const TokenScope = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof TokenScope>;

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  regionCode: RegionCode,
  scopes: z.array(TokenScope),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenCreate = z
  .object({
    name: z.string().trim().min(1).max(100),
    regionCode: z.string().regex(/^\d{12}$/),
    scopes: z.array(TokenScope).min(1),
    expiresInDays: z.number().int().min(1).max(3650).nullable().optional(),
  })
  .strict();

export const ApiTokenCreated = z.object({ token: ApiToken, secret: z.string().describe('shown once') });
