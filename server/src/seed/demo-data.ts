import type { OrgUnit } from '@shouwang/contracts';

/** Demo organisation units: real bureau names in the seeded regions. */
export const DEMO_ORG_UNITS: { key: string; name: string; kind: OrgUnit['kind']; regionCode: string; phone?: string }[] = [
  { key: 'nm-em', name: '内蒙古自治区应急管理厅', kind: 'emergency_bureau', regionCode: '150000000000', phone: '0471-12350' },
  { key: 'nm-fire', name: '内蒙古自治区消防救援总队', kind: 'fire_rescue', regionCode: '150000000000' },
  { key: 'wh-em', name: '乌海市应急管理局', kind: 'emergency_bureau', regionCode: '150300000000', phone: '0473-12350' },
  { key: 'wh-fire', name: '乌海市消防救援支队', kind: 'fire_rescue', regionCode: '150300000000' },
  { key: 'wh-water', name: '乌海市水务局', kind: 'water', regionCode: '150300000000' },
  { key: 'wh-met', name: '乌海市气象局', kind: 'meteorology', regionCode: '150300000000' },
  { key: 'hbw-em', name: '海勃湾区应急管理局', kind: 'emergency_bureau', regionCode: '150302000000' },
  { key: 'hn-em', name: '海南区应急管理局', kind: 'emergency_bureau', regionCode: '150303000000' },
  { key: 'wd-em', name: '乌达区应急管理局', kind: 'emergency_bureau', regionCode: '150304000000' },
  { key: 'bt-em', name: '包头市应急管理局', kind: 'emergency_bureau', regionCode: '150200000000', phone: '0472-12350' },
  { key: 'bt-fire', name: '包头市消防救援支队', kind: 'fire_rescue', regionCode: '150200000000' },
  { key: 'ordos-em', name: '鄂尔多斯市应急管理局', kind: 'emergency_bureau', regionCode: '150600000000', phone: '0477-12350' },
  { key: 'ordos-water', name: '鄂尔多斯市水利局', kind: 'water', regionCode: '150600000000' },
  { key: 'ds-em', name: '东胜区应急管理局', kind: 'emergency_bureau', regionCode: '150602000000' },
  { key: 'zgr-em', name: '准格尔旗应急管理局', kind: 'emergency_bureau', regionCode: '150622000000' },
];

export const DEMO_PASSWORD = 'Demo@2026';

/** Demo accounts; the first three are the ones README and tests rely on. */
export const DEMO_USERS: { username: string; displayName: string; regionCode: string; org: string; roles: string[]; phone?: string }[] = [
  { username: 'demo-admin', displayName: '演示管理员', regionCode: '150000000000', org: 'nm-em', roles: ['system_admin', 'bureau_leader'] },
  { username: 'wuhai-duty', displayName: '乌海值班员 王磊', regionCode: '150300000000', org: 'wh-em', roles: ['duty_officer'], phone: '13904730001' },
  { username: 'baotou-duty', displayName: '包头值班员 李娜', regionCode: '150200000000', org: 'bt-em', roles: ['duty_officer'], phone: '13904720001' },
  { username: 'wuhai-leader', displayName: '乌海市应急管理局 局长 张军', regionCode: '150300000000', org: 'wh-em', roles: ['bureau_leader'] },
  { username: 'wuhai-admin', displayName: '乌海市系统管理员', regionCode: '150300000000', org: 'wh-em', roles: ['system_admin'] },
  { username: 'haibowan-duty', displayName: '海勃湾区值班员 赵敏', regionCode: '150302000000', org: 'hbw-em', roles: ['duty_officer'] },
  { username: 'ordos-duty', displayName: '鄂尔多斯值班员 高峰', regionCode: '150600000000', org: 'ordos-em', roles: ['duty_officer'] },
  { username: 'ordos-inspector', displayName: '鄂尔多斯执法检查员 孙涛', regionCode: '150600000000', org: 'ordos-em', roles: ['inspector'] },
  { username: 'wuhai-viewer', displayName: '乌海只读用户', regionCode: '150300000000', org: 'wh-em', roles: ['viewer'] },
];
