import type { z } from 'zod';
import { CONDITION_LABELS, type AlarmCondition, type WarningFromAlarm } from '@shouwang/contracts';

/** What the warnings module needs of a monitoring alarm to draft a warning from it. */
export type AlarmFacts = {
  id: string;
  regionCode: string;
  pointName: string;
  assetName: string;
  enterpriseName: string | null;
  condition: AlarmCondition;
  unit: string;
  threshold: number | null;
  value: number | null;
  peakValue: number | null;
  raisedAt: string;
};

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const figure = (v: number | null, unit: string) => (v === null ? '—' : `${v}${unit ? ` ${unit}` : ''}`);

/**
 * A draft warning prefilled from a monitoring alarm (C4 intake): the alarm's place and reading become the
 * headline and description, its region the target; the author chooses the level (no rule maps a sensor
 * condition to a warning level) and edits everything before it goes to review. An enterprise's alarm is a
 * hazardous-chemicals warning, a lifeline asset's one of urban safety, unless the author names another type.
 */
export function draftFromAlarm(alarm: AlarmFacts, input: z.output<typeof WarningFromAlarm>) {
  const where = alarm.enterpriseName ?? alarm.assetName;
  const condition = CONDITION_LABELS[alarm.condition].zh;
  const type = input.type ?? (alarm.enterpriseName ? { code: 'HAZCHEM', name: '危险化学品' } : { code: 'LIFELINE', name: '城市生命线' });
  const reading = alarm.condition === 'OFFLINE' ? '监测数据中断' : `监测值 ${figure(alarm.value, alarm.unit)}（峰值 ${figure(alarm.peakValue, alarm.unit)}），报警限值 ${figure(alarm.threshold, alarm.unit)}`;
  return {
    level: input.level,
    type,
    headline: input.headline ?? `${where}${alarm.pointName}${condition}预警`,
    description: input.description ?? `${TIME.format(new Date(alarm.raisedAt))}，${where}${alarm.pointName}触发${condition}：${reading}。`,
    instruction: input.instruction ?? '',
    category: [alarm.enterpriseName ? ('CBRNE' as const) : ('Infra' as const)],
    certainty: 'Likely' as const,
    areas: { regionCodes: input.regionCodes ?? [alarm.regionCode], polygons: [], circles: input.circles ?? [] },
    ...(input.regionCode && { regionCode: input.regionCode }),
  };
}
