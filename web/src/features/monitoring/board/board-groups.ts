import type { AssetKind, MonitoringPoint } from '@shouwang/contracts';
import { SEVERITY_RANK, STATE_SEVERITY, type Severity } from '../labels';

/** A card on the board: one enterprise's points, or the points of one kind of city lifeline asset. */
export interface PointGroup {
  key: string;
  /** Set for hazard-source points; lifeline points are grouped by `assetKind`. */
  enterprise: { id: string | null; name: string } | null;
  assetKind: AssetKind;
  points: MonitoringPoint[];
  worst: Severity;
  alarmCount: number;
}

const severityOf = (p: MonitoringPoint) => STATE_SEVERITY[p.state];
const byUrgency = (a: MonitoringPoint, b: MonitoringPoint) => SEVERITY_RANK[severityOf(a)] - SEVERITY_RANK[severityOf(b)] || a.name.localeCompare(b.name, 'zh-CN');

/** Groups whose points are in alarm come first, so a duty officer never has to scroll to find trouble. */
export function groupPoints(points: readonly MonitoringPoint[]): PointGroup[] {
  const groups = new Map<string, PointGroup>();
  for (const point of points) {
    const isHazard = point.assetKind === 'hazard_source';
    const key = isHazard ? `enterprise:${point.enterpriseId ?? point.hazardSourceId ?? ''}` : `asset:${point.assetKind}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        enterprise: isHazard ? { id: point.enterpriseId, name: point.enterpriseName ?? point.hazardSourceName ?? '' } : null,
        assetKind: point.assetKind,
        points: [],
        worst: 'normal',
        alarmCount: 0,
      };
      groups.set(key, group);
    }
    group.points.push(point);
  }
  for (const group of groups.values()) {
    group.points.sort(byUrgency);
    group.worst = group.points[0] ? severityOf(group.points[0]) : 'normal';
    group.alarmCount = group.points.filter((p) => ['danger', 'warning'].includes(severityOf(p))).length;
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a.worst] - SEVERITY_RANK[b.worst] ||
      Number(a.enterprise === null) - Number(b.enterprise === null) ||
      (a.enterprise?.name ?? a.assetKind).localeCompare(b.enterprise?.name ?? b.assetKind, 'zh-CN'),
  );
}

/** Counts for the strip above the board. */
export function countBySeverity(points: readonly MonitoringPoint[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { danger: 0, warning: 0, offline: 0, normal: 0 };
  for (const p of points) counts[severityOf(p)] += 1;
  return counts;
}
