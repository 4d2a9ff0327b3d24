import type { Permission } from '@shouwang/contracts';

export type RoleDefinition = { key: string; name: string; nameEn: string; permissions: Permission[] };

const READ_ALL: Permission[] = [
  'region.read', 'org.read', 'user.read', 'resource.read', 'enterprise.read', 'alarm.read',
  'warning.read', 'incident.read', 'duty.read', 'audit.read',
];

/** Built-in roles, seeded and kept current at start-up; deployments may add their own. */
export const BUILT_IN_ROLES: RoleDefinition[] = [
  {
    key: 'system_admin',
    name: '系统管理员',
    nameEn: 'System administrator',
    permissions: [...READ_ALL, 'region.manage', 'user.manage', 'org.manage', 'token.manage', 'audit.verify', 'resource.manage', 'enterprise.manage', 'duty.manage'],
  },
  {
    key: 'bureau_leader',
    name: '局领导',
    nameEn: 'Bureau leader',
    permissions: [...READ_ALL, 'warning.approve', 'incident.command', 'alarm.handle', 'warning.write', 'incident.report'],
  },
  {
    key: 'duty_officer',
    name: '值班员',
    nameEn: 'Duty officer',
    permissions: [...READ_ALL, 'alarm.handle', 'warning.write', 'incident.report', 'incident.command', 'duty.manage'],
  },
  {
    key: 'inspector',
    name: '执法检查员',
    nameEn: 'Inspector',
    permissions: ['region.read', 'org.read', 'enterprise.read', 'alarm.read', 'incident.read', 'inspection.write'],
  },
  {
    key: 'grid_member',
    name: '网格员',
    nameEn: 'Grid member',
    permissions: ['region.read', 'warning.read', 'incident.read', 'incident.report', 'grid.report'],
  },
  {
    key: 'enterprise_safety_officer',
    name: '企业安全员',
    nameEn: 'Enterprise safety officer',
    permissions: ['region.read', 'enterprise.read', 'alarm.read', 'alarm.handle', 'warning.read', 'incident.report'],
  },
  {
    key: 'viewer',
    name: '只读用户',
    nameEn: 'Read-only viewer',
    permissions: READ_ALL.filter((p) => p !== 'audit.read' && p !== 'user.read'),
  },
];
