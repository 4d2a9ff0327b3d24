import { PointCreate, type PointCreate as PointInput } from '@shouwang/contracts';
import type { Platform } from '../app.js';
import type { Actor } from '../foundation/auth/actor.js';

/**
 * Demo monitoring points on the demo enterprises' hazard sources and on 乌海's city lifelines, with the
 * value each normally sits at (the simulator and the seeded history wander around it). Gas setpoints
 * follow GB/T 50493-2019 (REFERENCE.md §6.3: 25/50 %LEL; Cl₂ 1/2, NH₃ 20/40, CO 20/40 mg/m³); process
 * limits are plausible plant values, since those come from each plant's design.
 */
export type DemoPoint = { source: string | null; normal: number; noise: number; point: Omit<PointInput, 'hazardSourceId'> };

const HS = 'hazard_source' as const;
const at = (lon: number, lat: number) => ({ lon, lat });
const p = (source: string | null, normal: number, noise: number, point: DemoPoint['point']): DemoPoint => ({ source, normal, noise, point });
const EVERY = { expectedIntervalSeconds: 600 };

export const DEMO_POINTS: DemoPoint[] = [
  p('乌海恒晟氯碱化工有限公司/液氯储罐区', 1.6, 0.05, { code: 'WH-HS-CL2-LT01', name: '1# 液氯储罐液位', regionCode: '150304400000', assetKind: HS, quantity: 'level', unit: 'm', ...at(106.6942, 39.4683), thresholds: { ll: 0.3, l: 0.5, h: 2.4, hh: 2.7 }, deadband: 0.05, ...EVERY }),
  p('乌海恒晟氯碱化工有限公司/液氯储罐区', 0.62, 0.02, { code: 'WH-HS-CL2-PT01', name: '1# 液氯储罐压力', regionCode: '150304400000', assetKind: HS, quantity: 'pressure', unit: 'MPa', ...at(106.6944, 39.4681), thresholds: { l: 0.2, h: 1.0, hh: 1.2 }, deadband: 0.02, ...EVERY }),
  p('乌海恒晟氯碱化工有限公司/液氯储罐区', 0.1, 0.05, { code: 'WH-HS-CL2-AT01', name: '液氯罐区氯气浓度', regionCode: '150304400000', assetKind: HS, quantity: 'toxic_gas', unit: 'mg/m³', ...at(106.6946, 39.4685), thresholds: { h: 1, hh: 2 }, deadband: 0.1, minDurationSeconds: 10, ...EVERY }),
  p('乌海恒晟氯碱化工有限公司/氯乙烯单体储存及聚合装置', 0.45, 0.01, { code: 'WH-HS-VCM-PT01', name: '氯乙烯球罐压力', regionCode: '150304400000', assetKind: HS, quantity: 'pressure', unit: 'MPa', ...at(106.6952, 39.4677), thresholds: { h: 0.7, hh: 0.8 }, deadband: 0.01, ...EVERY }),
  p('乌海恒晟氯碱化工有限公司/氯乙烯单体储存及聚合装置', 2, 1, { code: 'WH-HS-VCM-GT01', name: '氯乙烯球罐区可燃气体', regionCode: '150304400000', assetKind: HS, quantity: 'combustible_gas', unit: '%LEL', ...at(106.6955, 39.4675), thresholds: { h: 25, hh: 50 }, deadband: 2, ...EVERY }),
  p('乌海金岚焦化有限责任公司/粗苯储罐区', 5.2, 0.1, { code: 'WH-JL-BZ-LT01', name: '粗苯储罐液位', regionCode: '150303000000', assetKind: HS, quantity: 'level', unit: 'm', ...at(106.8722, 39.4021), thresholds: { ll: 0.8, l: 1.2, h: 8.5, hh: 9.2 }, deadband: 0.1, ...EVERY }),
  p('乌海金岚焦化有限责任公司/粗苯储罐区', 28, 1.5, { code: 'WH-JL-BZ-TT01', name: '粗苯储罐温度', regionCode: '150303000000', assetKind: HS, quantity: 'temperature', unit: '℃', ...at(106.8724, 39.4019), thresholds: { h: 40, hh: 45 }, deadband: 1, rateLimitPerMinute: 2, ...EVERY }),
  p('乌海金岚焦化有限责任公司/粗苯储罐区', 1, 0.6, { code: 'WH-JL-BZ-GT01', name: '粗苯罐区可燃气体', regionCode: '150303000000', assetKind: HS, quantity: 'combustible_gas', unit: '%LEL', ...at(106.8726, 39.4023), thresholds: { h: 25, hh: 50 }, deadband: 2, ...EVERY }),
  p('乌海金岚焦化有限责任公司/脱硝液氨储罐', 3, 1.5, { code: 'WH-JL-NH3-AT01', name: '液氨储罐区氨气浓度', regionCode: '150303000000', assetKind: HS, quantity: 'toxic_gas', unit: 'mg/m³', ...at(106.8731, 39.4015), thresholds: { h: 20, hh: 40 }, deadband: 2, minDurationSeconds: 10, ...EVERY }),
  p('乌海市海勃湾区瑞通液化气储配站/液化石油气储罐', 0.95, 0.03, { code: 'WH-RT-LPG-PT01', name: '2# 液化气储罐压力', regionCode: '150302000000', assetKind: HS, quantity: 'pressure', unit: 'MPa', ...at(106.8012, 39.7011), thresholds: { h: 1.6, hh: 1.77 }, deadband: 0.03, ...EVERY }),
  p('乌海市海勃湾区瑞通液化气储配站/液化石油气储罐', 62, 1, { code: 'WH-RT-LPG-LT01', name: '2# 液化气储罐液位', regionCode: '150302000000', assetKind: HS, quantity: 'level', unit: '%', ...at(106.8014, 39.7009), thresholds: { ll: 10, l: 15, h: 85, hh: 90 }, deadband: 1, ...EVERY }),
  p('乌海市海勃湾区瑞通液化气储配站/液化石油气储罐', 1, 0.8, { code: 'WH-RT-LPG-GT01', name: '储罐区可燃气体', regionCode: '150302000000', assetKind: HS, quantity: 'combustible_gas', unit: '%LEL', ...at(106.8016, 39.7013), thresholds: { h: 25, hh: 50 }, deadband: 2, ...EVERY }),
  p('准格尔旗大路煤化工有限公司/甲醇罐区', 11.5, 0.1, { code: 'OR-DL-MEOH-LT01', name: '甲醇成品罐液位', regionCode: '150622102000', assetKind: HS, quantity: 'level', unit: 'm', ...at(111.1452, 40.0121), thresholds: { ll: 1, l: 1.5, h: 15.5, hh: 16.2 }, deadband: 0.1, ...EVERY }),
  p('准格尔旗大路煤化工有限公司/甲醇罐区', 1.5, 0.8, { code: 'OR-DL-MEOH-GT01', name: '甲醇罐区可燃气体', regionCode: '150622102000', assetKind: HS, quantity: 'combustible_gas', unit: '%LEL', ...at(111.1455, 40.0118), thresholds: { h: 25, hh: 50 }, deadband: 2, ...EVERY }),
  p('准格尔旗大路煤化工有限公司/液氨罐区', 2, 1, { code: 'OR-DL-NH3-AT01', name: '液氨球罐区氨气浓度', regionCode: '150622102000', assetKind: HS, quantity: 'toxic_gas', unit: 'mg/m³', ...at(111.1461, 40.0125), thresholds: { h: 20, hh: 40 }, deadband: 2, minDurationSeconds: 10, ...EVERY }),
  p('鄂托克旗棋盘井宏远化肥有限公司/合成氨液氨储罐区', 1.32, 0.02, { code: 'OR-HY-NH3-PT01', name: '液氨储罐压力', regionCode: '150624101000', assetKind: HS, quantity: 'pressure', unit: 'MPa', ...at(107.2262, 39.3381), thresholds: { h: 1.8, hh: 2.0 }, deadband: 0.02, ...EVERY }),
  p('鄂托克旗棋盘井宏远化肥有限公司/合成氨液氨储罐区', 4, 1.5, { code: 'OR-HY-NH3-AT01', name: '液氨罐区氨气浓度', regionCode: '150624101000', assetKind: HS, quantity: 'toxic_gas', unit: 'mg/m³', ...at(107.2265, 39.3378), thresholds: { h: 20, hh: 40 }, deadband: 2, minDurationSeconds: 10, ...EVERY }),
  p('鄂托克旗棋盘井宏远化肥有限公司/合成气净化装置', 3, 1.5, { code: 'OR-HY-CO-AT01', name: '净化装置一氧化碳浓度', regionCode: '150624101000', assetKind: HS, quantity: 'toxic_gas', unit: 'mg/m³', ...at(107.2271, 39.3385), thresholds: { h: 20, hh: 40 }, deadband: 2, minDurationSeconds: 10, ...EVERY }),
  p('鄂托克旗棋盘井宏远化肥有限公司/合成气净化装置', 215, 2, { code: 'OR-HY-SYN-TT01', name: '甲烷化炉出口温度', regionCode: '150624101000', assetKind: HS, quantity: 'temperature', unit: '℃', ...at(107.2273, 39.3387), thresholds: { l: 180, h: 260, hh: 280 }, deadband: 2, rateLimitPerMinute: 10, ...EVERY }),
  p(null, 0.38, 0.01, { code: 'WH-LL-GAS-PT01', name: '滨河路中压燃气管网压力', regionCode: '150302000000', assetKind: 'gas', assetName: '滨河路中压燃气管网 3 号阀井', quantity: 'pressure', unit: 'MPa', ...at(106.8135, 39.6702), thresholds: { ll: 0.2, l: 0.25, h: 0.42, hh: 0.45 }, deadband: 0.005, rateLimitPerMinute: 0.05, ...EVERY }),
  p(null, 0.5, 0.3, { code: 'WH-LL-GAS-GT01', name: '海北大街阀井可燃气体', regionCode: '150302000000', assetKind: 'gas', assetName: '海北大街燃气阀井', quantity: 'combustible_gas', unit: '%LEL', ...at(106.8251, 39.6884), thresholds: { h: 25, hh: 50 }, deadband: 2, ...EVERY }),
  p(null, 0.32, 0.01, { code: 'WH-LL-WAT-PT01', name: '新华大街供水管网压力', regionCode: '150302000000', assetKind: 'water', assetName: '新华大街 DN600 供水干管', quantity: 'pressure', unit: 'MPa', ...at(106.8201, 39.6752), thresholds: { ll: 0.14, l: 0.18 }, deadband: 0.01, ...EVERY }),
  p(null, 0.6, 0.05, { code: 'WH-LL-DRN-LT01', name: '人民路下穿通道积水液位', regionCode: '150302000000', assetKind: 'drainage', assetName: '人民路铁路下穿通道', quantity: 'level', unit: 'm', ...at(106.8172, 39.6811), thresholds: { h: 1.2, hh: 1.5 }, deadband: 0.05, ...EVERY }),
  p(null, 8, 1, { code: 'WH-LL-BRG-DT01', name: '乌海黄河大桥主跨挠度', regionCode: '150302000000', assetKind: 'bridge', assetName: '乌海黄河大桥', quantity: 'deflection', unit: 'mm', ...at(106.7804, 39.6532), thresholds: { h: 30, hh: 40 }, deadband: 1, ...EVERY }),
  p(null, 0.3, 0.2, { code: 'WH-LL-UT-GT01', name: '滨河综合管廊燃气舱可燃气体', regionCode: '150302000000', assetKind: 'utility_tunnel', assetName: '滨河综合管廊', quantity: 'combustible_gas', unit: '%LEL', ...at(106.8089, 39.6625), thresholds: { h: 20, hh: 25 }, deadband: 1, ...EVERY }),
];

/** A sensor that never reports, so the offline check has something to find in the demo. */
export const SILENT_DEMO_POINT = 'WH-LL-DRN-LT01';

const HISTORY_HOURS = 24;
const HISTORY_STEP_MS = 5 * 60_000;

/** Deterministic wander around the normal value (no Math.random, so every demo looks the same). */
export function demoValue(d: DemoPoint, t: number): number {
  const wave = Math.sin(t / 3_600_000 + d.normal) * 0.6 + Math.sin(t / 420_000 + d.point.code.length) * 0.4;
  return Math.round((d.normal + wave * d.noise) * 1000) / 1000;
}

export async function seedDemoMonitoring(p: Platform, actor: Actor, sourceIds: Map<string, string>): Promise<{ points: number; readings: number }> {
  for (const d of DEMO_POINTS) {
    const hazardSourceId = d.source ? sourceIds.get(d.source) : null;
    if (d.source && !hazardSourceId) throw new Error(`demo point ${d.point.code}: no hazard source ${d.source}`);
    await p.services.points.create(actor, PointCreate.parse({ ...d.point, hazardSourceId }));
  }
  // A day of history, so trends and sparklines have something to show before the simulator runs.
  const now = Date.now();
  const readings: unknown[] = [];
  for (const d of DEMO_POINTS) {
    if (d.point.code === SILENT_DEMO_POINT) continue;
    for (let t = now - HISTORY_HOURS * 3_600_000; t <= now; t += HISTORY_STEP_MS) {
      readings.push({ point: d.point.code, ts: t, value: demoValue(d, t), id: `seed-${t}` });
    }
  }
  const r = await p.monitoring.ingester.submit(readings, null);
  return { points: DEMO_POINTS.length, readings: r.accepted };
}
