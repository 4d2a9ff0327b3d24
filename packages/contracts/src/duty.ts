import { z } from 'zod';
import { ContactPhone, Id, PageQuery, RegionCode, Text } from './common.js';
import { OrgKind } from './auth.js';

const IsoDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 with an offset');

// ---------------------------------------------------------------- command bodies (A2)

/** 应急指挥部 / 安全生产委员会 (安委会) / 减灾委员会 (减灾委) / 专项指挥部 (防汛抗旱, 森林草原防灭火, …). */
export const CommandBodyKind = z.enum(['emergency_command', 'safety_committee', 'disaster_reduction', 'special_command']);
export type CommandBodyKind = z.infer<typeof CommandBodyKind>;
export const COMMAND_BODY_KINDS = {
  emergency_command: { zh: '应急指挥部', en: 'Emergency command headquarters' },
  safety_committee: { zh: '安全生产委员会', en: 'Work-safety committee' },
  disaster_reduction: { zh: '减灾委员会', en: 'Disaster reduction committee' },
  special_command: { zh: '专项指挥部', en: 'Special command headquarters' },
} as const satisfies Record<CommandBodyKind, { zh: string; en: string }>;

/** 办公室 (the body's standing office, usually in the 应急管理局) / 牵头单位 / 成员单位. */
export const CommandMemberRole = z.enum(['office', 'lead', 'member']);
export type CommandMemberRole = z.infer<typeof CommandMemberRole>;

export const DutyContact = z.object({ name: Text(50), phone: ContactPhone }).strict();
export type DutyContact = z.infer<typeof DutyContact>;
export const CommandBodyCommander = z.object({ name: Text(50), title: z.string().trim().max(100).default(''), phone: ContactPhone }).strict();
export type CommandBodyCommander = z.infer<typeof CommandBodyCommander>;

/** A unit's duty list (职责清单): one line per duty. */
const Duties = z.array(Text(500)).min(1).max(50);

export const CommandMember = z.object({
  id: Id,
  orgUnitId: Id,
  unitName: z.string(),
  unitKind: OrgKind,
  role: CommandMemberRole,
  duties: z.array(z.string()).describe('职责清单'),
  contact: z.object({ name: z.string(), phone: z.string() }).nullable().describe('the unit’s liaison in this body'),
  sortOrder: z.number().int(),
});
export type CommandMember = z.infer<typeof CommandMember>;

export const CommandBody = z.object({
  id: Id,
  regionCode: RegionCode,
  kind: CommandBodyKind,
  name: z.string(),
  speciality: z.string().nullable().describe('for a 专项指挥部: 防汛抗旱, 森林草原防灭火, 危险化学品事故, …'),
  incidentTypes: z.array(z.string()).describe('incident types (GET /api/incidents/types) this body commands; a response to such an incident uses it'),
  commander: z.object({ name: z.string(), title: z.string(), phone: z.string() }).nullable().describe('总指挥'),
  description: z.string(),
  members: z.array(CommandMember),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type CommandBody = z.infer<typeof CommandBody>;

export const CommandMemberInput = z
  .object({
    orgUnitId: Id.describe('an org unit inside the body’s region subtree'),
    role: CommandMemberRole.default('member'),
    duties: Duties,
    contact: DutyContact.nullable().optional(),
    sortOrder: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export type CommandMemberInput = z.input<typeof CommandMemberInput>;
export const CommandMemberUpdate = z
  .object({ role: CommandMemberRole, duties: Duties, contact: DutyContact.nullable(), sortOrder: z.number().int().min(0).max(10_000) })
  .partial()
  .strict();
export type CommandMemberUpdate = z.input<typeof CommandMemberUpdate>;

const IncidentTypeKey = z.string().regex(/^[a-z][a-z_]{1,39}$/, 'an incident type key');

const CommandBodyFields = z.object({
  regionCode: RegionCode,
  kind: CommandBodyKind,
  name: Text(100),
  speciality: z.string().trim().min(1).max(50).nullable().optional(),
  incidentTypes: z.array(IncidentTypeKey).max(50).default([]),
  commander: CommandBodyCommander.nullable().optional(),
  description: z.string().trim().max(2000).default(''),
});
export const CommandBodyCreate = CommandBodyFields.extend({ members: z.array(CommandMemberInput).max(100).default([]) }).strict();
export type CommandBodyCreate = z.input<typeof CommandBodyCreate>;
export const CommandBodyUpdate = z
  .object({
    kind: CommandBodyKind,
    name: Text(100),
    speciality: z.string().trim().min(1).max(50).nullable(),
    incidentTypes: z.array(IncidentTypeKey).max(50),
    commander: CommandBodyCommander.nullable(),
    description: z.string().trim().max(2000),
  })
  .partial()
  .strict();
export type CommandBodyUpdate = z.input<typeof CommandBodyUpdate>;
export const CommandBodyListQuery = PageQuery.extend({
  regionCode: RegionCode.optional().describe('this region and everything under it'),
  kind: CommandBodyKind.optional(),
}).strict();

// ---------------------------------------------------------------- duty roster (A3)

/** Someone on a shift: a platform user (name and phone taken from the account unless given) or a named person. */
export const DutyPerson = z.object({
  userId: Id.nullable(),
  name: z.string(),
  phone: z.string(),
});
export type DutyPerson = z.infer<typeof DutyPerson>;
export const DutyPersonInput = z
  .object({
    userId: Id.optional().describe('a user in the caller’s subtree; name and phone default to the account’s'),
    name: Text(50).optional(),
    phone: ContactPhone.optional(),
  })
  .strict();
export type DutyPersonInput = z.input<typeof DutyPersonInput>;

export const ShiftHandover = z.object({
  at: IsoDateTime,
  by: z.object({ id: z.string().nullable(), name: z.string() }),
  log: z.string().describe('交接班记录'),
  openMatters: z.string().describe('待办/未结事项 handed to the next shift'),
  receivedBy: z.string().nullable().describe('who took over'),
  nextShiftId: Id.nullable(),
});
export type ShiftHandover = z.infer<typeof ShiftHandover>;

export const DutyShift = z.object({
  id: Id,
  regionCode: RegionCode,
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  leader: DutyPerson.describe('带班领导'),
  officers: z.array(DutyPerson).describe('值班员'),
  note: z.string(),
  handover: ShiftHandover.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type DutyShift = z.infer<typeof DutyShift>;

export const DutyShiftCreate = z
  .object({
    regionCode: RegionCode,
    startsAt: IsoDateTime,
    endsAt: IsoDateTime.describe('after startsAt, at most 72 h later; shifts of one region never overlap'),
    leader: DutyPersonInput,
    officers: z.array(DutyPersonInput).min(1).max(10),
    note: z.string().trim().max(1000).default(''),
  })
  .strict();
export type DutyShiftCreate = z.input<typeof DutyShiftCreate>;
export const DutyShiftUpdate = z
  .object({ startsAt: IsoDateTime, endsAt: IsoDateTime, leader: DutyPersonInput, officers: z.array(DutyPersonInput).min(1).max(10), note: z.string().trim().max(1000) })
  .partial()
  .strict();
export type DutyShiftUpdate = z.input<typeof DutyShiftUpdate>;
export const DutyShiftListQuery = PageQuery.extend({
  regionCode: RegionCode.optional().describe('this region and everything under it'),
  from: IsoDateTime.optional().describe('shifts ending after this'),
  to: IsoDateTime.optional().describe('shifts starting before this'),
}).strict();

export const ShiftHandoverCreate = z
  .object({
    log: Text(4000).describe('交接班记录: what happened on the shift'),
    openMatters: z.string().trim().max(2000).default(''),
    receivedBy: Text(50).optional().describe('who took over; defaults to the next shift’s leader'),
  })
  .strict();
export type ShiftHandoverCreate = z.input<typeof ShiftHandoverCreate>;

export const DutyNowQuery = z.object({ regionCode: RegionCode.optional().describe('default: the caller’s region') }).strict();
/** Who is on duty now in a region: its own shift, or the nearest ancestor region's when it has no roster now. */
export const DutyNow = z.object({
  regionCode: RegionCode,
  servedBy: RegionCode.nullable().describe('the region whose roster answers; null when no region up the tree has anyone on duty'),
  servedByName: z.string().nullable(),
  inherited: z.boolean().describe('true when the answer comes from an ancestor region'),
  shift: DutyShift.nullable(),
  nextShift: DutyShift.nullable().describe('the following shift of the same roster, if planned'),
});
export type DutyNow = z.infer<typeof DutyNow>;
