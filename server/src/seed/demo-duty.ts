import { CommandBodyCreate, DutyShiftCreate, type CommandMemberRole, type DutyPersonInput, type OrgUnit } from '@shouwang/contracts';
import type { Platform } from '../app.js';
import type { Actor } from '../foundation/auth/actor.js';

/*
 * Demo command bodies for 乌海市 and a week of duty rosters for 乌海市, 海勃湾区 and 鄂尔多斯市. Unit names are
 * the real departments of a city government; every person other than the demo accounts, and every phone
 * number, is invented. The duty lists paraphrase the usual wording of a city's overall emergency plan.
 */

const WUHAI = '150300000000';
const HAIBOWAN = '150302000000';
const ORDOS = '150600000000';

/** Departments the command bodies need beyond the demo org units (乌海市应急管理局, 消防救援支队, 水务局, 气象局). */
const MORE_UNITS: { name: string; kind: OrgUnit['kind']; phone: string }[] = [
  { name: '乌海市公安局', kind: 'public_security', phone: '0473-2012110' },
  { name: '乌海市卫生健康委员会', kind: 'health', phone: '0473-3981120' },
  { name: '乌海市交通运输局', kind: 'transport', phone: '0473-2022001' },
  { name: '乌海市自然资源局', kind: 'natural_resources', phone: '0473-2031001' },
  { name: '乌海市生态环境局', kind: 'other', phone: '0473-2012369' },
  { name: '乌海市工业和信息化局', kind: 'other', phone: '0473-3992001' },
  { name: '乌海市住房和城乡建设局', kind: 'other', phone: '0473-3992002' },
  { name: '乌海市民政局', kind: 'other', phone: '0473-3992003' },
  { name: '乌海市林业和草原局', kind: 'other', phone: '0473-3992004' },
  { name: '国网乌海供电公司', kind: 'enterprise', phone: '0473-95598' },
];

const DUTIES: Record<string, string[]> = {
  乌海市应急管理局: ['承担指挥部办公室日常工作，24 小时值守应急', '汇总、报送突发事件信息，按时限初报、续报、终报', '组织会商研判，提出启动、调整、终止应急响应的建议', '统筹调度应急救援队伍和应急物资'],
  乌海市消防救援支队: ['承担火灾扑救和以抢救人员生命为主的应急救援', '开展危险化学品泄漏事故侦检、堵漏、洗消'],
  乌海市公安局: ['负责事发现场警戒、治安维护和交通管制', '协助组织群众疏散撤离', '依法控制涉事责任人员'],
  乌海市卫生健康委员会: ['组织伤病员医疗救治、卫生防疫和心理援助', '统计、报告伤亡人员救治情况'],
  乌海市交通运输局: ['保障应急运输通道畅通', '组织调运应急运输车辆和抢修公路'],
  乌海市水务局: ['负责水情监测预警和水利工程调度', '组织抢修供水设施，保障应急供水'],
  乌海市气象局: ['提供气象监测、预报和预警服务', '为现场处置提供气象保障'],
  乌海市自然资源局: ['负责地质灾害监测预警和应急处置技术支撑'],
  乌海市生态环境局: ['开展环境应急监测，提出污染防控和处置建议'],
  乌海市工业和信息化局: ['督促工业企业落实安全生产主体责任', '协调应急物资生产和调运'],
  乌海市住房和城乡建设局: ['负责房屋建筑和市政设施安全监管及抢修'],
  乌海市民政局: ['组织受灾群众基本生活救助', '协调救灾捐赠款物'],
  乌海市林业和草原局: ['负责森林草原火灾和林业有害生物的监测预警'],
  国网乌海供电公司: ['保障应急电力供应，抢修受损电力设施'],
};

type Body = Omit<CommandBodyCreate, 'members'> & { members: [string, CommandMemberRole][] };

const BODIES: Body[] = [
  {
    regionCode: WUHAI,
    kind: 'emergency_command',
    name: '乌海市突发事件应急指挥部',
    commander: { name: '赵建国', title: '市长', phone: '0473-3999001' },
    description: '统一领导、指挥全市突发事件应对工作；指挥部办公室设在市应急管理局。',
    members: [
      ['乌海市应急管理局', 'office'],
      ['乌海市消防救援支队', 'member'],
      ['乌海市公安局', 'member'],
      ['乌海市卫生健康委员会', 'member'],
      ['乌海市交通运输局', 'member'],
      ['乌海市水务局', 'member'],
      ['乌海市气象局', 'member'],
      ['乌海市自然资源局', 'member'],
      ['乌海市生态环境局', 'member'],
      ['国网乌海供电公司', 'member'],
    ],
  },
  {
    regionCode: WUHAI,
    kind: 'safety_committee',
    name: '乌海市安全生产委员会',
    commander: { name: '李志强', title: '副市长', phone: '0473-3999002' },
    description: '研究部署、指导协调全市安全生产工作；安委会办公室设在市应急管理局。',
    members: [
      ['乌海市应急管理局', 'office'],
      ['乌海市工业和信息化局', 'member'],
      ['乌海市住房和城乡建设局', 'member'],
      ['乌海市交通运输局', 'member'],
      ['乌海市公安局', 'member'],
      ['乌海市消防救援支队', 'member'],
    ],
  },
  {
    regionCode: WUHAI,
    kind: 'disaster_reduction',
    name: '乌海市减灾委员会',
    commander: { name: '李志强', title: '副市长', phone: '0473-3999002' },
    description: '统筹指导全市防灾减灾救灾工作；减灾委办公室设在市应急管理局。',
    members: [
      ['乌海市应急管理局', 'office'],
      ['乌海市民政局', 'member'],
      ['乌海市自然资源局', 'member'],
      ['乌海市水务局', 'member'],
      ['乌海市气象局', 'member'],
      ['乌海市林业和草原局', 'member'],
    ],
  },
  {
    regionCode: WUHAI,
    kind: 'special_command',
    name: '乌海市防汛抗旱指挥部',
    speciality: '防汛抗旱',
    incidentTypes: ['flood_drought'],
    commander: { name: '李志强', title: '副市长', phone: '0473-3999002' },
    description: '组织指挥全市黄河防凌、防汛抗旱工作。',
    members: [
      ['乌海市应急管理局', 'office'],
      ['乌海市水务局', 'lead'],
      ['乌海市气象局', 'member'],
      ['乌海市自然资源局', 'member'],
      ['乌海市交通运输局', 'member'],
      ['乌海市公安局', 'member'],
    ],
  },
  {
    regionCode: WUHAI,
    kind: 'special_command',
    name: '乌海市危险化学品事故应急指挥部',
    speciality: '危险化学品事故',
    incidentTypes: ['hazchem'],
    commander: { name: '李志强', title: '副市长', phone: '0473-3999002' },
    description: '组织指挥全市危险化学品生产安全事故的应急处置。',
    members: [
      ['乌海市应急管理局', 'office'],
      ['乌海市消防救援支队', 'member'],
      ['乌海市公安局', 'member'],
      ['乌海市生态环境局', 'member'],
      ['乌海市卫生健康委员会', 'member'],
    ],
  },
];

type Rota = { regionCode: string; leaders: DutyPersonInput[]; officers: DutyPersonInput[][] };

/** 08:30 local on the day before `now`, so the roster covers now and the week ahead. */
function firstShiftStart(now: Date): Date {
  const local = new Date(now.getTime() + 8 * 3_600_000);
  const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return new Date(day - 24 * 3_600_000 + 30 * 60_000);
}

export async function seedDemoDuty(p: Platform, system: Actor, now = new Date()): Promise<void> {
  const { organisations, commandBodies, roster } = p.services;
  for (const u of MORE_UNITS) await organisations.create(system, { name: u.name, kind: u.kind, regionCode: WUHAI, phone: u.phone });
  const units = new Map((await organisations.list(system, { limit: 500, offset: 0 })).items.map((u) => [u.name, u.id]));
  for (const b of BODIES) {
    await commandBodies.create(
      system,
      CommandBodyCreate.parse({ ...b, members: b.members.map(([name, role], i) => ({ orgUnitId: units.get(name), role, duties: DUTIES[name] ?? ['按职责参与应急处置'], sortOrder: i })) }),
    );
  }

  const users = new Map((await p.data.system.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
  /** A demo account on the roster under the person's own name (the account's display name says more than a roster needs). */
  const user = (username: string, name: string, phone?: string): DutyPersonInput => ({ userId: users.get(username), name, ...(phone && { phone }) });
  const rotas: Rota[] = [
    {
      regionCode: WUHAI,
      leaders: [user('wuhai-leader', '张军', '13904730088'), { name: '刘建华', phone: '13904730021' }, { name: '陈志远', phone: '13904730022' }, { name: '杨晓红', phone: '13904730023' }],
      officers: [
        [user('wuhai-duty', '王磊'), { name: '李晓东', phone: '13904730031' }],
        [{ name: '马丽', phone: '13904730032' }, { name: '郭鹏', phone: '13904730033' }],
        [{ name: '石磊', phone: '13904730034' }, { name: '王芳', phone: '13904730035' }],
      ],
    },
    {
      regionCode: HAIBOWAN,
      leaders: [{ name: '何建军', phone: '13904730061' }, { name: '孙立新', phone: '13904730062' }],
      officers: [[user('haibowan-duty', '赵敏', '13904730063')], [{ name: '周雪', phone: '13904730064' }], [{ name: '韩冬', phone: '13904730065' }]],
    },
    {
      regionCode: ORDOS,
      leaders: [{ name: '白永胜', phone: '13904770011' }, { name: '乔建平', phone: '13904770012' }, { name: '闫晓峰', phone: '13904770013' }],
      officers: [
        [user('ordos-duty', '高峰', '13904770001'), { name: '王慧', phone: '13904770014' }],
        [{ name: '刘宇', phone: '13904770015' }, { name: '其其格', phone: '13904770016' }],
      ],
    },
  ];
  const start = firstShiftStart(now);
  const DAY = 24 * 3_600_000;
  for (const rota of rotas) {
    const shifts = Array.from({ length: 8 }, (_, i) => DutyShiftCreate.parse({
      regionCode: rota.regionCode,
      startsAt: new Date(start.getTime() + i * DAY).toISOString(),
      endsAt: new Date(start.getTime() + (i + 1) * DAY).toISOString(),
      leader: rota.leaders[i % rota.leaders.length]!,
      officers: rota.officers[i % rota.officers.length]!,
    }));
    await roster.createMany(system, shifts);
  }
}
