import type { RegionLevel } from '@shouwang/contracts';
import { parentCodeOf, regionLevelOf } from '../../foundation/scope/region-code.js';

export type RegionRow = {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  lon: number | null;
  lat: number | null;
  coordSource: string | null;
};
export type RowError = { row: number; column: string | null; reason: string };

const REQUIRED = ['code', 'name'] as const;

/**
 * Validates division rows from a CSV (`code,name[,level,parent_code,lon,lat,coord_source]`).
 * Level and parent follow from the 12-digit code (GB/T 2260 + GB/T 10114); given values must agree.
 * Reasons are in Chinese because the people fixing the file read Chinese.
 */
export function validateRegionRows(
  header: string[],
  records: { line: number; values: Record<string, string> }[],
): { rows: RegionRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  for (const col of REQUIRED) if (!header.includes(col)) errors.push({ row: 1, column: col, reason: `缺少必填列“${col}”` });
  if (errors.length) return { rows: [], errors };
  const rows: RegionRow[] = [];
  const seen = new Set<string>();
  for (const { line, values: v } of records) {
    const errorsBefore = errors.length;
    const fail = (column: string | null, reason: string) => errors.push({ row: line, column, reason });
    const raw = v.code ?? '';
    if (!/^(\d{6}|\d{9}|\d{12})$/.test(raw)) {
      fail('code', `区划代码“${raw}”应为 6、9 或 12 位数字`);
      continue;
    }
    const code = raw.padEnd(12, '0');
    if (seen.has(code)) {
      fail('code', `区划代码 ${code} 在文件中重复`);
      continue;
    }
    seen.add(code);
    const level = regionLevelOf(code);
    const parentCode = parentCodeOf(code);
    // A code whose segments skip a level (e.g. 150300001000: a township with no county) has no parent one level up.
    if (parentCode && regionLevelOf(parentCode) !== level - 1) {
      fail('code', `区划代码 ${code} 的各级代码段不连续：上级代码 ${parentCode} 不是第 ${level - 1} 级区划`);
      continue;
    }
    const name = v.name ?? '';
    if (!name || name.length > 100) fail('name', name ? '名称超过 100 个字符' : '名称不能为空');
    if (v.level && Number(v.level) !== level) fail('level', `层级“${v.level}”与代码推出的层级 ${level} 不一致`);
    if (v.parent_code && v.parent_code.padEnd(12, '0') !== parentCode) {
      fail('parent_code', `上级代码“${v.parent_code}”与代码推出的上级 ${parentCode ?? '无'} 不一致`);
    }
    const lon = coord(v.lon, -180, 180);
    const lat = coord(v.lat, -90, 90);
    if (lon === 'bad') fail('lon', `经度“${v.lon}”应为 -180 到 180 之间的数字（WGS-84）`);
    if (lat === 'bad') fail('lat', `纬度“${v.lat}”应为 -90 到 90 之间的数字（WGS-84）`);
    if ((lon === null) !== (lat === null) && lon !== 'bad' && lat !== 'bad') fail(lon === null ? 'lon' : 'lat', '经纬度须同时填写或同时留空');
    // Only rows without any error count towards the preview (and could ever be written).
    if (errors.length > errorsBefore || lon === 'bad' || lat === 'bad') continue;
    rows.push({ code, name, level, parentCode, lon, lat, coordSource: v.coord_source || null });
  }
  return { rows, errors };
}

function coord(text: string | undefined, min: number, max: number): number | null | 'bad' {
  if (!text) return null;
  // Plain decimals only: Number() would also read "0x6A" as 106 and "1e2" as 100.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return 'bad';
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max ? n : 'bad';
}
