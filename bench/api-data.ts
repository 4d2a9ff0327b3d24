// bench/api.ts set-up (not timed as a figure): template incidents written through the real API, then
// copied set-based (INSERT … SELECT over generate_series) into N incidents over the region tree, with
// initial reports and tasks for the open ones, the task pools the PATCH loads consume, the queues the
// pgbench scripts read their per-transaction ids from, and sessions for the SSE dashboards.
import { performance as perf } from 'node:perf_hooks';
import pg from 'pg';
import { newSecret, secretHash } from '../server/src/foundation/auth/tokens.js';
import { subtreeRange } from '../server/src/foundation/scope/region-code.js';

export type Session = { cookie: string; csrf: string };
export type Send = (method: string, path: string, who: Session, body?: unknown) => Promise<{ status: number; json: unknown }>;

/** Incident types in a rough proportion of what a province's duty offices take in; figures as first called in. */
const TEMPLATES: { type: string; weight: number; place: string; figures?: Record<string, number>; assessed?: 1 | 2 | 3 | 4; summary: string }[] = [
  { type: 'road_traffic', weight: 22, place: '国道110线', figures: { injuries: 3 }, summary: '两车相撞，车上人员受伤，道路单向通行。' },
  { type: 'road_traffic', weight: 6, place: '京藏高速', figures: { deaths: 1, seriousInjuries: 2, directLossYuan: 300_000 }, summary: '货车追尾，1 人当场死亡。' },
  { type: 'fire', weight: 16, place: '某小区', figures: { injuries: 1, evacuated: 40 }, summary: '住宅楼厨房起火，已疏散楼内居民。' },
  { type: 'fire', weight: 4, place: '某物流仓库', figures: { directLossYuan: 2_500_000 }, summary: '仓库起火，过火面积约 800 平方米。' },
  { type: 'industrial', weight: 9, place: '某建筑工地', figures: { deaths: 1 }, summary: '高处坠落，1 人经抢救无效死亡。' },
  { type: 'hazchem', weight: 4, place: '某化工园区', figures: { seriousInjuries: 2, evacuated: 300 }, summary: '储罐区泄漏，周边人员已疏散。' },
  { type: 'mining', weight: 3, place: '某露天煤矿', figures: { deaths: 2, trapped: 1 }, summary: '边坡垮塌，2 人死亡 1 人被困。' },
  { type: 'public_facility', weight: 3, place: '某供热站', figures: {}, summary: '供热管网爆管，部分小区停暖。' },
  { type: 'meteorological', weight: 9, place: '沿河乡镇', assessed: 4, figures: { evacuated: 120 }, summary: '暴雨引发内涝，转移群众 120 人。' },
  { type: 'flood_drought', weight: 5, place: '某水库下游', figures: { evacuated: 600, directLossYuan: 1_200_000 }, summary: '河道漫堤，农田受淹。' },
  { type: 'forest_grassland_fire', weight: 5, place: '某林场', assessed: 4, figures: {}, summary: '草原火情，过火面积约 30 公顷。' },
  { type: 'geological', weight: 3, place: '某山区公路', figures: { trapped: 2 }, summary: '山体滑坡掩埋路段，2 人被困。' },
  { type: 'earthquake', weight: 1, place: '某旗县', assessed: 4, figures: {}, summary: '4.2 级地震，震感明显，暂无人员伤亡报告。' },
  { type: 'infectious_disease', weight: 3, place: '某学校', figures: {}, summary: '聚集性发热病例 12 例。' },
  { type: 'food_occupational', weight: 3, place: '某企业食堂', figures: { injuries: 15 }, summary: '疑似食物中毒，15 人送医。' },
  { type: 'animal_epidemic', weight: 2, place: '某养殖场', figures: {}, summary: '疑似非洲猪瘟疫情。' },
  { type: 'environmental', weight: 2, place: '某排污口', figures: {}, summary: '河段出现异常水色，疑似偷排。' },
];

export type Loaded = { n: number; open: number; cityRows: number; cityOpen: string[]; templates: number; loadMs: number };

/** Template incidents through POST /api/incidents (graded by the service), one initial report, then N copies set-based. */
export async function loadIncidents(url: string, send: Send, admin: Session, n: number, city: string): Promise<Loaded> {
  const hour = 3600_000;
  const ids: string[] = [];
  const weights: number[] = [];
  for (const t of TEMPLATES) {
    const body = {
      regionCode: city.slice(0, 4) + '02000000',
      type: t.type,
      occurredAt: new Date(Date.now() - hour).toISOString(),
      location: { text: t.place, lon: 106.82, lat: 39.67 },
      summary: t.summary,
      figures: t.figures ?? {},
      informant: { name: '王建国', phone: '13904730199', unit: '' },
      ...(t.assessed && { gradeAssessment: { grade: t.assessed, reason: '按预案分级标准初判' } }),
    };
    const res = await send('POST', '/api/incidents', admin, body);
    if (res.status !== 201) throw new Error(`template incident ${t.type}: HTTP ${res.status} ${JSON.stringify(res.json)}`);
    ids.push((res.json as { id: string }).id);
    weights.push(t.weight);
  }
  const initial = { stage: 'initial', channel: 'written', signedOffBy: '张军', reportedTo: '上级应急管理部门', figures: TEMPLATES[0]!.figures, measuresTaken: '交警、120 已到场处置，现场已设警戒。', occurredAt: new Date(Date.now() - hour).toISOString(), location: TEMPLATES[0]!.place, summary: TEMPLATES[0]!.summary };
  const rep = await send('POST', `/api/incidents/${ids[0]}/reports`, admin, initial);
  if (rep.status !== 201) throw new Error(`template report: HTTP ${rep.status} ${JSON.stringify(rep.json)}`);

  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t0 = perf.now();
  try {
    const picks = ids.flatMap((id, i) => Array<string>(weights[i]!).fill(id));
    await c.query(`create temp table bench_tpl as select (p.ord - 1)::int as k, i.* from unnest($1::uuid[]) with ordinality as p(id, ord) join incidents i on i.id = p.id`, [picks]);
    // Counties and districts of the province; the three demo cities' ones five times over, so their duty
    // officers see a realistic share (乌海 ≈ 8 % of all incidents).
    await c.query(`create temp table bench_counties as
      select (row_number() over (order by code, w) - 1)::int as k, code, name from regions, generate_series(1, case when left(code, 4) in ('1502', '1503', '1506') then 5 else 1 end) w
      where level = 3 and code like '15%'`);
    const counties = (await c.query<{ n: number }>('select count(*)::int as n from bench_counties')).rows[0]!.n;
    await c.query('select setseed(0.42)');
    for (let lo = 1; lo <= n; lo += 100_000) {
      const hi = Math.min(n, lo + 99_999);
      // 2 % active, 1 % ended (open), the rest closed; open ones received in the last 10 days, closed ones over three years.
      await c.query(
        `insert into incidents (id, region_code, category, type_key, title, status, occurred_at, received_at, location_text, lon, lat, unit, summary, figures, informant,
           source_kind, source_ref_id, source_label, grade, grading, grade_assessment, response_level, command_post, reported_by_id, reported_by_name, ended_at, closed_at, created_at, updated_at)
         select gen_random_uuid(), r.code, t.category, t.type_key, r.name || t.title, s.status, s.received - s.z * interval '40 minutes', s.received, r.name || t.location_text,
           t.lon + s.z - 0.5, t.lat + s.y - 0.5, t.unit, t.summary, t.figures, t.informant, t.source_kind, null, null, t.grade, t.grading, t.grade_assessment, null, null,
           t.reported_by_id, t.reported_by_name,
           case when s.status <> 'active' then s.received + interval '2 days' end, case when s.status = 'closed' then s.received + interval '25 days' end, s.received, s.received
         from (select g, floor(x * $3)::int as tk, floor(y * $4)::int as rk, y, z,
                 case when x2 < 0.02 then 'active' when x2 < 0.03 then 'ended' else 'closed' end as status,
                 case when x2 < 0.03 then now() - z * interval '10 days' else now() - interval '10 days' - z * interval '1095 days' end as received
               from (select g, random() as x, random() as y, random() as z, random() as x2 from generate_series($1::int, $2::int) g) raw) s
         join bench_tpl t on t.k = s.tk join bench_counties r on r.k = s.rk`,
        [lo, hi, picks.length, counties],
      );
    }
    // Each open incident: its initial report (copied from the template's) and two earlier tasks.
    await c.query(`insert into incidents_reports (id, incident_id, region_code, stage, seq, channel, reported_at, reported_by_id, reported_by_name, reported_to, signed_off_by, figures, content, answered, late, grade_after, created_at)
      select gen_random_uuid(), i.id, i.region_code, r.stage, r.seq, r.channel, i.received_at + interval '25 minutes', r.reported_by_id, r.reported_by_name, r.reported_to, r.signed_off_by,
        i.figures, r.content, r.answered, false, i.grade, i.received_at + interval '25 minutes'
      from incidents i, (select * from incidents_reports where incident_id = $1) r where i.status <> 'closed' and i.id <> $1`, [ids[0]]);
    await c.query(`insert into incidents_tasks (id, incident_id, region_code, response_id, owner_unit_id, owner_unit_name, title, detail, due_at, status, note, origin, template_key, sort_order, created_at, updated_at, finished_at)
      select gen_random_uuid(), i.id, i.region_code, null, u.id, u.name, x.title, '', i.received_at + interval '2 hours', x.status, '', 'manual', null, x.k, i.received_at + interval '10 minutes', i.received_at + interval '1 hour',
        case when x.status = 'done' then i.received_at + interval '1 hour' end
      from incidents i cross join (values (0, '现场警戒和交通管制', 'done'), (1, '伤员救治和人员核查', 'in_progress')) x(k, title, status)
        join lateral (select id, name from org_units o where o.kind = 'emergency_bureau' and i.region_code like rtrim(o.region_code, '0') || '%'
          order by length(rtrim(o.region_code, '0')) desc limit 1) u on true
      where i.status <> 'closed'`);
    const [lo, hi] = subtreeRange(city);
    const cityOpen = (await c.query<{ id: string }>(`select id from incidents where region_code between $1 and $2 and status <> 'closed' order by received_at desc`, [lo, hi])).rows.map((r) => r.id);
    const counts = (await c.query<{ n: number; open: number; city: number }>(`select count(*)::int as n, count(*) filter (where status <> 'closed')::int as open,
      count(*) filter (where region_code between $1 and $2)::int as city from incidents`, [lo, hi])).rows[0]!;
    return { n: counts.n, open: counts.open, cityRows: counts.city, cityOpen, templates: ids.length, loadMs: perf.now() - t0 };
  } finally {
    await c.end();
  }
}

/**
 * Pending tasks on the city's open incidents owned by `unitId`: `ours` for the API's PATCH loads (returned
 * in order), and as many in table bench_pgb_tasks (k = 1…, sequence bench_pgb_task_seq) for pgbench's.
 * bench_pgb_open (k = 0…, sequence bench_pgb_open_seq) lists the open incidents for the create scripts.
 */
export async function taskPools(url: string, cityOpen: string[], unitId: string, perPool: number): Promise<{ task: string; incident: string }[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const insert = (label: string) =>
      c.query(
        `insert into incidents_tasks (id, incident_id, region_code, response_id, owner_unit_id, owner_unit_name, title, detail, due_at, status, note, origin, template_key, sort_order, created_at, updated_at, finished_at)
         select gen_random_uuid(), i.id, i.region_code, null, u.id, u.name, $4::text || g, '', now() + interval '2 hours', 'pending', '', 'manual', null, 10 + g, now(), now(), null
         from generate_series(0, $3::int - 1) g
           join incidents i on i.id = ($1::uuid[])[1 + g % cardinality($1::uuid[])]
           join org_units u on u.id = $2`,
        [cityOpen, unitId, perPool, label],
      );
    await insert('压测任务（api）');
    await insert('压测任务（pgbench）');
    await c.query(`create table bench_pgb_tasks as select (row_number() over (order by sort_order))::int as k, id as task_id, incident_id from incidents_tasks where title like '压测任务（pgbench）%'`);
    await c.query('alter table bench_pgb_tasks add primary key (k); create sequence bench_pgb_task_seq');
    await c.query(`create table bench_pgb_open as select (ord - 1)::int as k, id as incident_id from unnest($1::uuid[]) with ordinality as o(id, ord)`, [cityOpen]);
    await c.query('alter table bench_pgb_open add primary key (k); create sequence bench_pgb_open_seq');
    const ours = await c.query<{ id: string; incident_id: string }>(`select id, incident_id from incidents_tasks where title like '压测任务（api）%' order by sort_order`);
    await c.query('analyze');
    return ours.rows.map((r) => ({ task: r.id, incident: r.incident_id }));
  } finally {
    await c.end();
  }
}

/** n sessions in the real table format, cycling over the given users (all see the event's region). */
export async function dashboardSessions(url: string, usernames: string[], n: number): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const users = (await c.query<{ id: string }>('select id from users where username = any($1::text[]) order by username', [usernames])).rows.map((r) => r.id);
    if (users.length !== usernames.length) throw new Error(`dashboard users: found ${users.length} of ${usernames.length}`);
    const tokens = Array.from({ length: n }, () => newSecret());
    const csrfs = tokens.map(() => newSecret(24));
    await c.query(
      `insert into sessions (id_hash, user_id, csrf_token, created_at, expires_at, last_seen_at, ip, user_agent)
       select s.h, s.u, s.c, now(), now() + interval '12 hours', now(), '127.0.0.1', 'bench/api' from unnest($1::text[], $2::uuid[], $3::text[]) as s(h, u, c)`,
      [tokens.map((t) => secretHash(t)), tokens.map((_, i) => users[i % users.length]), csrfs],
    );
    await c.query('analyze sessions');
    return tokens.map((t, i) => `sw_session=${t}; csrf_token=${csrfs[i]}`);
  } finally {
    await c.end();
  }
}
