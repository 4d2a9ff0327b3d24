import {
  ALARM_STATUS_LABELS,
  AlarmCondition,
  type AlarmStatus,
  ASSET_KIND_LABELS,
  AssetKind,
  CLOSE_REASON_LABELS,
  CloseReason,
  CONDITION_LABELS,
  ESCALATION_TARGET_LABELS,
  EscalationTarget,
  QUANTITY_LABELS,
  type Label,
  type MeasuredQuantity,
  type PointState,
} from '@shouwang/contracts';

// Option lists and names come from the shared contract, so the screens say what the API and the exports say.
export const ASSET_KINDS = AssetKind.options;
export const ALARM_CONDITIONS = AlarmCondition.options;
export const CLOSE_REASONS = CloseReason.options;
export const ESCALATION_TARGETS = EscalationTarget.options;

export const assetKindLabel = (v: AssetKind): Label => ASSET_KIND_LABELS[v];
export const quantityLabel = (v: MeasuredQuantity): Label => QUANTITY_LABELS[v];
export const conditionLabel = (v: AlarmCondition): Label => CONDITION_LABELS[v];
export const alarmStatusLabel = (v: AlarmStatus): Label => ALARM_STATUS_LABELS[v];
export const closeReasonLabel = (v: CloseReason): Label => CLOSE_REASON_LABELS[v];
export const escalationTargetLabel = (v: EscalationTarget): Label => ESCALATION_TARGET_LABELS[v];

/** The contract names the alarm conditions; the board also shows "normal" and "no data yet". */
const STATE_ONLY_LABELS = {
  normal: { zh: '正常', en: 'Normal' },
  offline: CONDITION_LABELS.OFFLINE,
  no_data: { zh: '无数据', en: 'No data' },
} satisfies Record<string, Label>;
export const pointStateLabel = (v: PointState): Label => (v in STATE_ONLY_LABELS ? STATE_ONLY_LABELS[v as keyof typeof STATE_ONLY_LABELS] : CONDITION_LABELS[v as AlarmCondition]);

/** How bad a state is, which picks its colour: limits beyond the trip points are red, the first limits amber. */
export type Severity = 'normal' | 'warning' | 'danger' | 'offline';
export const STATE_SEVERITY: Record<PointState, Severity> = {
  normal: 'normal',
  L: 'warning',
  H: 'warning',
  RATE: 'warning',
  LL: 'danger',
  HH: 'danger',
  offline: 'offline',
  no_data: 'offline',
};
export const CONDITION_SEVERITY: Record<AlarmCondition, Severity> = { L: 'warning', H: 'warning', RATE: 'warning', LL: 'danger', HH: 'danger', OFFLINE: 'offline' };

/** Board colours: normal green, L/H amber, LL/HH red, offline grey. */
export const SEVERITY_COLOR: Record<Severity, string> = { normal: '#389e0d', warning: '#d48806', danger: '#cf1322', offline: '#8c8c8c' };
/** The same, as antd Tag presets. */
export const SEVERITY_TAG: Record<Severity, string> = { normal: 'green', warning: 'gold', danger: 'red', offline: 'default' };

/** Open alarms stand out until someone takes them; closed ones fade. */
export const ALARM_STATUS_TAG: Record<AlarmStatus, string> = { raised: 'red', acknowledged: 'gold', handling: 'processing', closed: 'default' };

/** Worst first: the order groups and points are shown in. */
export const SEVERITY_RANK: Record<Severity, number> = { danger: 0, warning: 1, offline: 2, normal: 3 };
