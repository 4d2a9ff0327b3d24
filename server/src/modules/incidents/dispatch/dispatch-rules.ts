import type { DispatchKind, DispatchStatus } from '@shouwang/contracts';

/**
 * Where a dispatch may go next. A team: 已派遣 → 出发 → 到达 → 返回, and it may be called off (取消) until
 * it has arrived; once on scene it comes back by 返回. Supplies: 已调拨 → 到达 (签收 at the scene); they left
 * the warehouse through the ledger when dispatched, so there is nothing to cancel — what is not used goes
 * back in by an inbound.
 */
const NEXT: Record<DispatchKind, Partial<Record<DispatchStatus, readonly DispatchStatus[]>>> = {
  team: {
    dispatched: ['departed', 'cancelled'],
    departed: ['arrived', 'cancelled'],
    arrived: ['returned'],
  },
  supply: {
    dispatched: ['arrived'],
  },
};

export const canMoveDispatch = (kind: DispatchKind, from: DispatchStatus, to: DispatchStatus): boolean => NEXT[kind][from]?.includes(to) ?? false;

/** Open: the team is still out on the incident (the team row shows 出动). */
export const OPEN_TEAM_STATUSES: readonly DispatchStatus[] = ['dispatched', 'departed', 'arrived'];
export const isOpenDispatch = (status: DispatchStatus) => OPEN_TEAM_STATUSES.includes(status);

/** The step ends the team's deployment: it goes back to 待命 (or 休整). */
export const freesTeam = (to: DispatchStatus) => to === 'returned' || to === 'cancelled';

/** Timeline wording per step. */
export const STEP_ZH: Record<DispatchKind, Record<DispatchStatus, string>> = {
  team: { dispatched: '已派遣', departed: '出发', arrived: '到达现场', returned: '返回', cancelled: '取消派遣' },
  supply: { dispatched: '已调拨', departed: '启运', arrived: '送达现场', returned: '返回', cancelled: '取消' },
};

/** Great-circle metres → km with one decimal, as people read it. */
export const km = (metres: number) => Math.round(metres / 100) / 10;
/** Minutes, whole above 10, one decimal below. */
export const minutes = (m: number) => (m >= 10 ? Math.round(m) : Math.round(m * 10) / 10);
