import { ExpertCreate, FacilityCreate, InboundRequest, SupplyItemCreate, TeamCreate, WarehouseCreate, type TeamMemberCreate } from '@shouwang/contracts';
import type { Platform } from '../app.js';
import type { Actor } from '../foundation/auth/actor.js';
import {
  AREA_CODE,
  CERTIFICATE_FOR,
  COMMON_SKILLS,
  DEFAULT_CERTIFICATE,
  DEMO_BATCHES,
  DEMO_EXPERTS,
  DEMO_FACILITIES,
  DEMO_ITEMS,
  DEMO_TEAMS,
  DEMO_THRESHOLDS,
  DEMO_WAREHOUSES,
  GIVEN_CHARS_FEMALE,
  GIVEN_CHARS_MALE,
  LOADOUTS,
  MOBILE_PREFIXES,
  MONGOLIAN_NAMES,
  SKILLS,
  SURNAMES,
  type DemoTeam,
} from './demo-resources.js';

export type ResourceSeedReport = { teams: number; members: number; experts: number; facilities: number; warehouses: number; batches: number };

// ---------------------------------------------------------------- deterministic generation

/** A small seeded PRNG (mulberry32 over an FNV-1a hash of the key): the same key, the same people. */
function seededRandom(key: string): () => number {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  let s = h >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const digits = (rnd: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** Today in China Standard Time, the calendar the stock service counts expiry in. */
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Hands out names (unique within a roster, `newRoster` starts the next) and mobile numbers unique across the demo. */
function people(key: string) {
  const rnd = seededRandom(key);
  let names = new Set<string>();
  const phones = new Set<string>();
  return {
    rnd,
    newRoster: () => void (names = new Set()),
    name(): string {
      for (;;) {
        // About one in seven is a Mongolian name, as in the western banners; rescue rosters are mostly men.
        const given = rnd() < 0.15 ? GIVEN_CHARS_FEMALE : GIVEN_CHARS_MALE;
        const n = rnd() < 0.14 ? pick(rnd, MONGOLIAN_NAMES) : pick(rnd, SURNAMES) + pick(rnd, given) + (rnd() < 0.7 ? pick(rnd, given) : '');
        if (!names.has(n)) return names.add(n), n;
      }
    },
    mobile(): string {
      for (;;) {
        const p = pick(rnd, MOBILE_PREFIXES) + digits(rnd, 8);
        if (!phones.has(p)) return phones.add(p), p;
      }
    },
    landline(regionCode: string): string {
      return `${AREA_CODE[regionCode.slice(0, 4)] ?? '0471'}-${pick(rnd, ['2', '3', '4', '6', '8'])}${digits(rnd, 6)}`;
    },
  };
}
type People = ReturnType<typeof people>;

/** A roster of `team.size`: one leader, one or two deputies, skills from the team's specialities. */
function roster(team: DemoTeam, who: People, today: string): TeamMemberCreate[] {
  const { rnd } = who;
  who.newRoster();
  const pool = [...new Set(team.specialities.flatMap((s) => SKILLS[s]))];
  return Array.from({ length: team.size }, (_, i) => {
    const role = i === 0 ? 'leader' : i === 1 || (i === 2 && team.size >= 25) ? 'deputy' : 'member';
    const skills = new Set<string>();
    const want = 2 + Math.floor(rnd() * 2);
    while (skills.size < want) skills.add(pick(rnd, pool));
    if (rnd() < 0.4) skills.add(pick(rnd, COMMON_SKILLS));
    // Leaders always hold a certificate, others about a third of the time; a few have lapsed.
    const certificates = [];
    if (role !== 'member' || rnd() < 0.35) {
      const cert = [...skills].map((s) => CERTIFICATE_FOR[s]).find(Boolean) ?? DEFAULT_CERTIFICATE;
      certificates.push({ name: cert.name, number: `${cert.prefix}${digits(rnd, 10)}`, expiresOn: addDays(today, Math.floor(rnd() * 1500) - 60) });
    }
    return { name: who.name(), role, phone: who.mobile(), skills: [...skills], certificates, active: true };
  });
}

// ---------------------------------------------------------------- seeding

/**
 * Writes the demo resources through the module's services (so they are audited and reach the map like
 * any other record): teams with their rosters, experts, facilities, warehouses, catalogue and stock.
 * One call per record (a team's roster goes with the team) keeps first start to a few seconds; only the
 * dates depend on the day of seeding.
 */
export async function seedDemoResources(p: Platform, actor: Actor, opts: { today?: string } = {}): Promise<ResourceSeedReport> {
  const { teams, experts, facilities, stock } = p.services;
  const today = opts.today ?? chinaToday();
  const who = people('shouwang-demo-resources');
  const report: ResourceSeedReport = { teams: 0, members: 0, experts: 0, facilities: 0, warehouses: 0, batches: 0 };

  for (const t of DEMO_TEAMS) {
    const members = roster(t, who, today);
    const leader = members[0]!;
    const team = await teams.create(
      actor,
      TeamCreate.parse({
        name: t.name,
        kind: t.kind,
        specialities: t.specialities,
        level: t.level,
        regionCode: t.regionCode,
        lon: t.lon,
        lat: t.lat,
        baseAddress: t.baseAddress,
        leader: leader.name,
        phone: leader.phone,
        equipment: LOADOUTS[t.loadout],
        members,
      }),
    );
    if (t.status) await teams.setStatus(actor, team.id, t.status);
    report.teams++;
    report.members += members.length;
  }

  for (const e of DEMO_EXPERTS) {
    await experts.create(actor, ExpertCreate.parse(e));
    report.experts++;
  }

  for (const f of DEMO_FACILITIES) {
    await facilities.create(actor, FacilityCreate.parse({ ...f, manager: who.name(), phone: who.landline(f.regionCode) }));
    report.facilities++;
  }

  const warehouseIds = new Map<string, string>();
  for (const { key, ...w } of DEMO_WAREHOUSES) {
    const created = await stock.createWarehouse(actor, WarehouseCreate.parse({ ...w, manager: who.name(), phone: who.landline(w.regionCode) }));
    warehouseIds.set(key, created.id);
    report.warehouses++;
  }
  const itemIds = new Map<string, string>();
  for (const { key, ...item } of DEMO_ITEMS) itemIds.set(key, (await stock.createItem(actor, SupplyItemCreate.parse(item))).id);

  for (const b of DEMO_BATCHES) {
    const producedOn = addDays(today, -b.producedAgo);
    await stock.inbound(
      actor,
      warehouseIds.get(b.wh)!,
      InboundRequest.parse({
        itemId: itemIds.get(b.item)!,
        batchNo: b.batchNo,
        producedOn,
        ...(b.expiresIn !== undefined && { expiresOn: addDays(today, b.expiresIn) }),
        quantity: b.qty,
        reason: '演示数据：初始库存',
      }),
    );
    report.batches++;
  }
  for (const t of DEMO_THRESHOLDS) await stock.setThreshold(actor, warehouseIds.get(t.wh)!, itemIds.get(t.item)!, t.min);

  return report;
}
