import { CapLevelMapping, WARNING_LEVELS, WarningColour, type CapSeverity, type CapUrgency, type WarningLevel } from '@shouwang/contracts';
import mappingData from '../data/cap-level-mapping.json' with { type: 'json' };

/**
 * Chinese warning levels (预警级别) and CAP.
 *
 * ✔ constants (contracts `WARNING_LEVELS`, 应对法 第四十二条 and the feed-code convention): 一级 红 … 四级 蓝,
 * 一级 highest, Roman numerals, 特别严重/严重/较重/一般, feed level codes 04…01 (and 91 white).
 * ◐ data (data/cap-level-mapping.json, REFERENCE.md §3.3 "suggested mapping"): level ↔ CAP severity and
 * the CAP-style colour values. Pass a tenant's own mapping to override it.
 * ✖ not hard-coded: urgency (no source maps a level to CAP urgency) — null unless a mapping sets it.
 */
export const DEFAULT_CAP_LEVEL_MAPPING: CapLevelMapping = CapLevelMapping.parse(mappingData);

function entry(level: WarningLevel, mapping: CapLevelMapping) {
  const e = mapping.levels.find((l) => l.level === level);
  if (!e) throw new Error(`CAP level mapping has no level ${level}`); // cannot happen for a parsed mapping
  return e;
}

/** 一级 → Extreme … 四级 → Minor (by the mapping). */
export function capSeverityForLevel(level: WarningLevel, mapping: CapLevelMapping = DEFAULT_CAP_LEVEL_MAPPING): Exclude<CapSeverity, 'Unknown'> {
  return entry(level, mapping).severity;
}

/** Extreme → 一级 … Minor → 四级; Unknown (or a severity the mapping lacks) has no level: null. */
export function levelForCapSeverity(severity: CapSeverity, mapping: CapLevelMapping = DEFAULT_CAP_LEVEL_MAPPING): WarningLevel | null {
  return mapping.levels.find((l) => l.severity === severity)?.level ?? null;
}

/** CAP urgency for a level — null: no source gives one (✖), so it comes only from a configured mapping. */
export function capUrgencyForLevel(level: WarningLevel, mapping: CapLevelMapping = DEFAULT_CAP_LEVEL_MAPPING): CapUrgency | null {
  return entry(level, mapping).urgency;
}

/** CAP-style colour value (◐ Red/Orange/Yellow/Blue). */
export function capColourValueForLevel(level: WarningLevel, mapping: CapLevelMapping = DEFAULT_CAP_LEVEL_MAPPING): string | null {
  return entry(level, mapping).colourValue;
}

const LEVEL_OF_COLOUR: Record<WarningColour, WarningLevel> = { red: 1, orange: 2, yellow: 3, blue: 4 };

export function levelOfColour(colour: WarningColour): WarningLevel {
  return LEVEL_OF_COLOUR[colour];
}

const ALL_LEVELS = [1, 2, 3, 4] as const satisfies readonly WarningLevel[];
const ASCII_ROMAN: Record<string, WarningLevel> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * Reads a level the way people and feeds write it: 1–4, 一级…四级, Ⅰ…Ⅳ / I…IV (with or without 级),
 * 红/红色/红色预警 …, red/Red/RED …. Anything else: null.
 */
export function parseWarningLevel(text: string): WarningLevel | null {
  const s = text.trim().replace(/预警$/, '').replace(/级$/, '');
  if (/^[1-4]$/.test(s)) return Number(s) as WarningLevel;
  for (const level of ALL_LEVELS) {
    const l = WARNING_LEVELS[level];
    if (s === l.zh.replace(/级$/, '') || s === l.roman || s === l.colourZh || s === l.colourZh.replace(/色$/, '')) return level;
  }
  const ascii = ASCII_ROMAN[s.toUpperCase()];
  if (ascii) return ascii;
  const colour = WarningColour.safeParse(s.toLowerCase());
  return colour.success ? LEVEL_OF_COLOUR[colour.data] : null;
}

/**
 * Feed code `TT + LL` (✔ 国家预警信息发布中心 / 中国天气网 convention, not a GB standard): TT the type
 * (01 台风 … 14 道路结冰, 91–96 local), LL the level (01 blue, 02 yellow, 03 orange, 04 red, 91 white).
 * White is a feed colour without a numbered level.
 */
export function parseFeedCode(code: string): { typeCode: string; levelCode: string; level: WarningLevel | null; colour: WarningColour | 'white' } | null {
  const m = /^(\d{2})(\d{2})$/.exec(code.trim());
  if (!m) return null;
  const [, typeCode, levelCode] = m as unknown as [string, string, string];
  if (levelCode === '91') return { typeCode, levelCode, level: null, colour: 'white' };
  const level = ALL_LEVELS.find((l) => WARNING_LEVELS[l].feedCode === levelCode);
  return level ? { typeCode, levelCode, level, colour: WARNING_LEVELS[level].colour } : null;
}

export function feedCode(typeCode: string, level: WarningLevel): string {
  if (!/^\d{2}$/.test(typeCode)) throw new RangeError('feed type code must be 2 digits');
  return typeCode + WARNING_LEVELS[level].feedCode;
}

/** Display form ✔ “…发布雷电黄色预警[Ⅲ级/较重]”: this returns the part from the colour on, e.g. 黄色预警[Ⅲ级/较重]. */
export function warningLevelTitle(level: WarningLevel): string {
  const l = WARNING_LEVELS[level];
  return `${l.colourZh}预警[${l.roman}级/${l.gradeZh}]`;
}
