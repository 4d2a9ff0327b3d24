import { WARNING_LEVELS, type AlarmDetail, type Warning } from '@shouwang/contracts';
import { systemActor } from '../../foundation/auth/actor.js';
import type { DataLayer } from '../../foundation/db/data-layer.js';
import type { DomainEvent } from '../../foundation/events/event.js';
import type { EventHub } from '../../foundation/events/event-hub.js';
import { parentCodeOf, subtreeRange } from '../../foundation/scope/region-code.js';
import { incidentsDb, type IncidentRow } from './incidents.repository.js';
import { insertTimelineEntry, type TimelineEntryInput } from './timeline-entry.js';

/** The alarm or warning behind a linked timeline line, read unscoped (the event names it, the incident owns the line). */
export type LinkedLookup = {
  alarm(id: string): Promise<AlarmDetail | null>;
  warning(id: string): Promise<Warning | null>;
};
type Line = Omit<TimelineEntryInput, 'incident'> & { data: { linkKey: string } & Record<string, unknown> };

const ALARM_ENTRY_ZH: Record<AlarmDetail['entries'][number]['kind'], string> = {
  raised: '报警越限',
  acknowledged: '报警已确认',
  note: '报警处置记录',
  escalated: '报警升级通知',
  condition_cleared: '报警消警',
  closed: '报警已关闭',
};

function alarmLines(a: AlarmDetail): Line[] {
  const where = `${a.enterpriseName ?? a.assetName} ${a.pointName}`.trim();
  const firstRaised = a.entries.find((e) => e.kind === 'raised');
  return a.entries.map((e) => ({
    kind: 'alarm',
    at: new Date(e.at),
    by: { id: null, name: e.by },
    text: e === firstRaised ? `监测报警：${where}，${e.text}` : `${ALARM_ENTRY_ZH[e.kind]}：${e.text || where}`,
    data: { linkKey: `alarm-entry:${e.id}`, alarmId: a.id, entryId: e.id, entryKind: e.kind, alarmStatus: a.status },
  }));
}

function warningLine(w: Warning, how: 'source' | 'published' | 'cancelled', at: Date): Line {
  const level = w.level ? `（${WARNING_LEVELS[w.level].zh}·${WARNING_LEVELS[w.level].colourZh}）` : '';
  const head = how === 'source' ? '来源预警' : how === 'cancelled' ? '预警解除' : w.version > 1 ? `预警更新（第${w.version}版）` : '预警发布';
  return {
    kind: 'warning',
    at: w.publishedAt ? new Date(w.publishedAt) : at,
    by: { id: null, name: w.reviewer?.name ?? w.author?.name ?? '预警发布' },
    text: `${head}：${w.headline}${level}${how === 'cancelled' && w.cancelReason ? `，${w.cancelReason}` : ''}`,
    data: { linkKey: `warning:${w.id}`, warningId: w.id, level: w.level, version: w.version, status: w.status, source: how === 'source' },
  };
}

/** Every code above the given ones: a warning over a district concerns an incident recorded at its city. */
function ancestorsOf(codes: string[]): string[] {
  const out = new Set<string>();
  for (const c of codes) for (let p = parentCodeOf(c); p; p = parentCodeOf(p)) out.add(p);
  return [...out];
}

/**
 * The timeline's links to other modules, through the durable event route (handlers run once per cluster;
 * an event whose handler failed is published again by the outbox relay): the alarm or warning an incident
 * came from, the source alarm's later entries (acknowledged, escalated, cleared, closed), and warnings
 * published or lifted over an open incident's region. Each line carries a link key, so redelivery is harmless.
 */
export function timelineLinks(deps: { data: DataLayer; events: EventHub; linked: LinkedLookup }) {
  const { data, linked } = deps;
  const actor = systemActor('incidents-timeline');
  const db = () => incidentsDb(data.read(actor));

  async function write(rows: IncidentRow[], lines: Line[]) {
    if (!rows.length || !lines.length) return;
    await data.write(actor, async (uow) => {
      for (const row of rows) {
        for (const line of lines) {
          const added = await insertTimelineEntry(uow, { incident: row, ...line });
          if (!added) continue;
          uow.audit({ action: 'incident.timeline-linked', entity: 'incident', entityId: row.id, regionCode: row.region_code, after: { logId: added.id, kind: line.kind, linkKey: line.data.linkKey, text: line.text } });
          uow.emit('incidents.timeline-linked', row.region_code, { id: row.id, status: row.status, kind: line.kind, logId: added.id });
        }
      }
    });
  }

  async function reported(e: DomainEvent) {
    const row = await db().selectFrom('incidents').selectAll().where('id', '=', String(e.payload.id)).executeTakeFirst();
    if (!row?.source_ref_id) return;
    if (row.source_kind === 'alarm') {
      const a = await linked.alarm(row.source_ref_id);
      if (a) await write([row], alarmLines(a));
    } else if (row.source_kind === 'warning') {
      const w = await linked.warning(row.source_ref_id);
      if (w) await write([row], [warningLine(w, 'source', row.received_at)]);
    }
  }

  async function alarmChanged(e: DomainEvent) {
    const alarmId = String(e.payload.id);
    // incidents_alarm_uq serves this lookup: at most one incident per alarm.
    const rows = await db().selectFrom('incidents').selectAll().where('source_kind', '=', 'alarm').where('source_ref_id', '=', alarmId).execute();
    if (!rows.length) return;
    const a = await linked.alarm(alarmId);
    if (a) await write(rows, alarmLines(a));
  }

  async function warningChanged(e: DomainEvent) {
    const w = await linked.warning(String(e.payload.id));
    if (!w) return;
    // A warning drawn only as polygons or circles is taken to concern its issuing region.
    const targets = w.areas.regionCodes.length ? w.areas.regionCodes : [w.regionCode];
    const above = ancestorsOf(targets);
    const rows = await db()
      .selectFrom('incidents')
      .selectAll()
      .where('status', '<>', 'closed')
      .where((eb) => eb.or([...targets.map((t) => eb.between('region_code', ...subtreeRange(t))), ...(above.length ? [eb('region_code', 'in', above)] : [])]))
      .execute();
    await write(rows, [warningLine(w, e.type === 'warnings.cancelled' ? 'cancelled' : 'published', new Date(e.occurredAt))]);
  }

  return {
    subscribe() {
      deps.events.subscribe('incidents.reported', reported);
      deps.events.subscribe('monitoring.alarm-changed', alarmChanged);
      deps.events.subscribe('monitoring.alarm-escalated', alarmChanged);
      deps.events.subscribe('warnings.published', warningChanged);
      deps.events.subscribe('warnings.cancelled', warningChanged);
    },
  };
}
