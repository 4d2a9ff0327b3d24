import { z } from 'zod';

/**
 * OASIS Common Alerting Protocol 1.2 (OASIS Standard, 2010-07-01) ✔ as the platform models it.
 * Element names, cardinalities and enumerations follow the specification and its XSD exactly
 * (../shared/domain/REFERENCE.md §3.3); the server vendors the schema at
 * server/src/modules/warnings/data/cap12.xsd. CAP 1.1 documents are read into the same model.
 *
 * Free-text lists in CAP (`addresses`, `incidents`: space-delimited, multi-word items in double quotes;
 * `references`: space-delimited `sender,identifier,sent` triples) are modelled as arrays; the XML layer
 * splits and joins them. Repeatable elements are always arrays (empty when absent).
 */

export const CAP_NAMESPACE_1_2 = 'urn:oasis:names:tc:emergency:cap:1.2';
export const CAP_NAMESPACE_1_1 = 'urn:oasis:names:tc:emergency:cap:1.1';
export const CapVersion = z.enum(['1.2', '1.1']);
export type CapVersion = z.infer<typeof CapVersion>;

/** The language the platform writes (`info.language`); CAP's own default when absent is `en-US`. */
export const CAP_LANGUAGE_ZH = 'zh-CN';
export const CAP_DEFAULT_LANGUAGE = 'en-US';

// ── enumerations (CAP 1.2 §3.2, ✔) ──────────────────────────────────────────────────────────────

export const CapStatus = z.enum(['Actual', 'Exercise', 'System', 'Test', 'Draft']);
export type CapStatus = z.infer<typeof CapStatus>;
export const CapMsgType = z.enum(['Alert', 'Update', 'Cancel', 'Ack', 'Error']);
export type CapMsgType = z.infer<typeof CapMsgType>;
export const CapScope = z.enum(['Public', 'Restricted', 'Private']);
export type CapScope = z.infer<typeof CapScope>;
export const CapCategory = z.enum(['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other']);
export type CapCategory = z.infer<typeof CapCategory>;
export const CapResponseType = z.enum(['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None']);
export type CapResponseType = z.infer<typeof CapResponseType>;
export const CapUrgency = z.enum(['Immediate', 'Expected', 'Future', 'Past', 'Unknown']);
export type CapUrgency = z.infer<typeof CapUrgency>;
export const CapSeverity = z.enum(['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown']);
export type CapSeverity = z.infer<typeof CapSeverity>;
export const CapCertainty = z.enum(['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown']);
export type CapCertainty = z.infer<typeof CapCertainty>;

// ── rule names carried by custom issues (params.capRule), so callers can word them per language ──

export type CapRule =
  | 'xml-chars'
  | 'no-space-comma'
  | 'datetime'
  | 'language'
  | 'uri'
  | 'list-item'
  | 'polygon'
  | 'circle'
  | 'restriction-required'
  | 'addresses-required'
  | 'ceiling-needs-altitude';

const rule = (capRule: CapRule, message: string) => ({ message, params: { capRule } });

// ── scalar rules (pure, also used by the parser, builder and the map) ──────────────────────────

/**
 * Index of the first character XML 1.0 cannot carry (C0 controls other than tab, LF and CR; U+FFFE,
 * U+FFFF; unpaired surrogates), or -1.
 */
export function firstIllegalXmlChar(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue;
    if (c < 0x20) {
      if (c === 0x9 || c === 0xa || c === 0xd) continue;
      return i;
    }
    if (c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c <= 0xdfff || c === 0xfffe || c === 0xffff) return i;
  }
  return -1;
}
export function isXmlSafeText(s: string): boolean {
  return firstIllegalXmlChar(s) === -1;
}

/** CAP date-time: `YYYY-MM-DDThh:mm:ss±hh:mm`; no `Z`, no fractions (CAP 1.2 §3.3.2); UTC is `-00:00`. */
const CAP_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;
export function isCapDateTime(s: string): boolean {
  const m = CAP_DATETIME.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se, oh, om] = [m[1], m[2], m[3], m[4], m[5], m[6], m[8], m[9]].map(Number) as [number, number, number, number, number, number, number, number];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!) return false;
  return oh < 14 ? om <= 59 : oh === 14 && om === 0;
}

/** The instant a CAP date-time denotes, or null if it is not one. */
export function capDateTimeToDate(s: string): Date | null {
  if (!isCapDateTime(s)) return null;
  const d = new Date(s.replace(/-00:00$/, '+00:00'));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Formats an instant as a CAP date-time in a fixed offset (default Beijing time, +08:00). */
export function toCapDateTime(at: Date, offsetMinutes = 480): string {
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 14 * 60) throw new RangeError('offset must be whole minutes within ±14:00');
  const local = new Date(Math.floor(at.getTime() / 1000) * 1000 + offsetMinutes * 60_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(offsetMinutes);
  return (
    `${p(local.getUTCFullYear(), 4)}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())}` +
    `T${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())}` +
    `${offsetMinutes === 0 ? '-' : sign}${p(Math.floor(off / 60))}:${p(off % 60)}`
  );
}

/**
 * A URI reference as xs:anyURI is checked by libxml2 (RFC 3986 after escaping spaces and non-ASCII):
 * well-formed %-escapes, a valid scheme before the first colon of the first segment, a numeric port,
 * brackets only around an IP literal host, at most one `#`. Empty is allowed.
 */
export function isCapUri(s: string): boolean {
  if (/%(?![0-9A-Fa-f]{2})/.test(s) || (s.match(/#/g)?.length ?? 0) > 1) return false;
  const cut = s.search(/[/?#]/);
  const head = cut === -1 ? s : s.slice(0, cut);
  let rest = s;
  const colon = head.indexOf(':');
  if (colon !== -1) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*$/.test(head.slice(0, colon))) return false;
    rest = s.slice(colon + 1);
  }
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    const authority = end === -1 ? rest.slice(2) : rest.slice(2, 2 + end);
    const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
    const literal = /^\[[0-9A-Fa-f:.]+\]/.exec(hostPort)?.[0] ?? '';
    const afterHost = hostPort.slice(literal.length);
    const portAt = afterHost.lastIndexOf(':');
    if (/[[\]]/.test(literal ? afterHost : hostPort)) return false;
    if (portAt !== -1 && !/^\d+$/.test(afterHost.slice(portAt + 1))) return false;
    rest = rest.slice(2 + authority.length);
  }
  return !/[[\]]/.test(rest);
}

const DECIMAL = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)';
const PAIR = new RegExp(`^(${DECIMAL}),(${DECIMAL})$`);
const CIRCLE = new RegExp(`^(${DECIMAL}),(${DECIMAL})\\s+(${DECIMAL})$`);
const inLat = (n: number) => n >= -90 && n <= 90;
const inLon = (n: number) => n >= -180 && n <= 180;

export type CapPoint = { lat: number; lon: number };

/**
 * A CAP polygon: whitespace-separated WGS-84 `lat,lon` pairs, at least 4, first = last (a closed ring).
 * Returns the points, or null when the text is not such a ring.
 */
export function parseCapPolygon(s: string): CapPoint[] | null {
  const pairs = s.trim().split(/\s+/);
  if (pairs.length < 4) return null;
  const points: CapPoint[] = [];
  for (const p of pairs) {
    const m = PAIR.exec(p);
    if (!m) return null;
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (!inLat(lat) || !inLon(lon)) return null;
    points.push({ lat, lon });
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return first.lat === last.lat && first.lon === last.lon ? points : null;
}

/** Writes a ring as a CAP polygon, closing it when the last point is not the first. */
export function formatCapPolygon(points: readonly CapPoint[]): string {
  const ring = [...points];
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first.lat !== last.lat || first.lon !== last.lon)) ring.push(first);
  return ring.map((p) => `${p.lat},${p.lon}`).join(' ');
}

/** A CAP circle: `lat,lon radius`, WGS-84 centre and radius in kilometres (≥ 0); null if not one. */
export function parseCapCircle(s: string): { centre: CapPoint; radiusKm: number } | null {
  const m = CIRCLE.exec(s.trim());
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  const radiusKm = Number(m[3]);
  if (!inLat(lat) || !inLon(lon) || !(radiusKm >= 0)) return null;
  return { centre: { lat, lon }, radiusKm };
}

export function formatCapCircle(centre: CapPoint, radiusKm: number): string {
  return `${centre.lat},${centre.lon} ${radiusKm}`;
}

/** Splits CAP's space-delimited list (`addresses`, `incidents`): multi-word items are in double quotes. */
export function splitCapList(s: string): string[] {
  const items: string[] = [];
  for (const m of s.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const item = (m[1] ?? m[2] ?? '').trim();
    if (item) items.push(item);
  }
  return items;
}

/** Joins items into CAP's list form, quoting those with whitespace. Items must not contain `"`. */
export function joinCapList(items: readonly string[]): string {
  return items.map((i) => (/\s/.test(i) ? `"${i}"` : i)).join(' ');
}

// ── element types ────────────────────────────────────────────────────────────────────────────────

/** Text content of a CAP element: trimmed, only characters XML 1.0 can carry. */
export const CapText = z.string().trim().refine(isXmlSafeText, rule('xml-chars', 'contains characters XML cannot carry'));
const RequiredText = z.string().trim().min(1).refine(isXmlSafeText, rule('xml-chars', 'contains characters XML cannot carry'));

/** identifier / sender: no spaces, commas or restricted characters `<` `&` (CAP 1.2 §3.2.1). */
export const CapIdentifier = RequiredText.refine((s) => !/[\s,<&]/.test(s), rule('no-space-comma', 'must not contain spaces, commas, < or &'));

export const CapDateTime = z.string().refine(isCapDateTime, rule('datetime', 'must be YYYY-MM-DDThh:mm:ss±hh:mm (e.g. 2026-11-23T08:30:00+08:00)'));

/** xs:language, e.g. zh-CN, en-US. */
export const CapLanguage = z.string().trim().refine((s) => /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(s), rule('language', 'must be a language tag such as zh-CN'));

/** web, resource.uri (xs:anyURI). */
export const CapUri = CapText.refine(isCapUri, rule('uri', 'must be a URI (RFC 3986)'));

/** An item of `addresses` or `incidents`. */
export const CapListItem = RequiredText.refine((s) => !s.includes('"'), rule('list-item', 'must not contain double quotes'));

/** One `sender,identifier,sent` triple of `references`. */
export const CapReference = z.object({ sender: CapIdentifier, identifier: CapIdentifier, sent: CapDateTime }).strict();
export type CapReference = z.infer<typeof CapReference>;

/** eventCode / parameter / geocode: a `valueName` (the code system) and a `value` (may be empty). */
export const CapValuePair = z.object({ valueName: RequiredText, value: CapText }).strict();
export type CapValuePair = z.infer<typeof CapValuePair>;

export const CapPolygon = z.string().trim().refine((s) => parseCapPolygon(s) !== null, rule('polygon', 'must be a closed ring of at least 4 WGS-84 "lat,lon" pairs separated by spaces, first = last'));
export const CapCircle = z.string().trim().refine((s) => parseCapCircle(s) !== null, rule('circle', 'must be "lat,lon radius" (WGS-84 centre, radius in km ≥ 0)'));

/** altitude / ceiling (xs:decimal; CAP: feet above mean sea level). */
const CapDecimal = z.number().finite().min(-1e9).max(1e9);

export const CapResource = z
  .object({
    resourceDesc: RequiredText,
    mimeType: RequiredText,
    size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional().describe('bytes'),
    uri: CapUri.optional(),
    derefUri: CapText.optional().describe('base64 of the resource'),
    digest: CapText.optional().describe('SHA-1 of the resource'),
  })
  .strict();
export type CapResource = z.infer<typeof CapResource>;

export const CapArea = z
  .object({
    areaDesc: RequiredText,
    polygon: z.array(CapPolygon).default([]),
    circle: z.array(CapCircle).default([]),
    geocode: z.array(CapValuePair).default([]).describe('put the GB/T 2260 region code here'),
    altitude: CapDecimal.optional(),
    ceiling: CapDecimal.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.ceiling !== undefined && a.altitude === undefined) {
      ctx.addIssue({ code: 'custom', path: ['ceiling'], ...rule('ceiling-needs-altitude', 'ceiling is only allowed together with altitude') });
    }
  });
export type CapArea = z.infer<typeof CapArea>;

export const CapInfo = z
  .object({
    language: CapLanguage.optional(),
    category: z.array(CapCategory).min(1),
    event: RequiredText,
    responseType: z.array(CapResponseType).default([]),
    urgency: CapUrgency,
    severity: CapSeverity,
    certainty: CapCertainty,
    audience: CapText.optional(),
    eventCode: z.array(CapValuePair).default([]),
    effective: CapDateTime.optional(),
    onset: CapDateTime.optional(),
    expires: CapDateTime.optional(),
    senderName: CapText.optional(),
    headline: CapText.optional(),
    description: CapText.optional(),
    instruction: CapText.optional(),
    web: CapUri.optional(),
    contact: CapText.optional(),
    parameter: z.array(CapValuePair).default([]),
    resource: z.array(CapResource).default([]),
    area: z.array(CapArea).default([]),
  })
  .strict();
export type CapInfo = z.infer<typeof CapInfo>;

export const CapAlert = z
  .object({
    identifier: CapIdentifier,
    sender: CapIdentifier,
    sent: CapDateTime,
    status: CapStatus,
    msgType: CapMsgType,
    source: CapText.optional(),
    scope: CapScope,
    restriction: CapText.optional(),
    addresses: z.array(CapListItem).default([]),
    code: z.array(RequiredText).default([]),
    note: CapText.optional(),
    references: z.array(CapReference).default([]).describe('earlier messages this one updates or cancels'),
    incidents: z.array(CapListItem).default([]),
    info: z.array(CapInfo).default([]),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.scope === 'Restricted' && !a.restriction) {
      ctx.addIssue({ code: 'custom', path: ['restriction'], ...rule('restriction-required', 'restriction is required when scope is Restricted') });
    }
    if (a.scope === 'Private' && a.addresses.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['addresses'], ...rule('addresses-required', 'addresses is required when scope is Private') });
    }
  });
export type CapAlert = z.infer<typeof CapAlert>;
/** What callers may pass: repeatable elements may be left out. */
export type CapAlertInput = z.input<typeof CapAlert>;

/** One reason a CAP document was refused: where (XPath-like, 1-based) and why, in both languages. */
export const CapProblem = z.object({ path: z.string(), zh: z.string(), en: z.string() });
export type CapProblem = z.infer<typeof CapProblem>;

// ── Chinese warning levels (预警级别) ────────────────────────────────────────────────────────────

/**
 * ✔ 《中华人民共和国突发事件应对法》(2007) 第四十二条 (2024 revision ◐ same wording): 一级、二级、三级、四级,
 * 红色、橙色、黄色、蓝色, 一级最高. Descriptions ✔ 国家突发公共事件总体应急预案 (2006).
 * Feed level codes ✔: the 国家预警信息发布中心 / 中国天气网 data-feed convention `TT + LL` (not a GB standard),
 * where LL 01 blue … 04 red and 91 white. REFERENCE.md §3.1–3.2.
 */
export const WarningLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type WarningLevel = z.infer<typeof WarningLevel>;
export const WarningColour = z.enum(['red', 'orange', 'yellow', 'blue']);
export type WarningColour = z.infer<typeof WarningColour>;

export const WARNING_LEVELS = {
  1: { level: 1, colour: 'red', zh: '一级', roman: 'Ⅰ', colourZh: '红色', gradeZh: '特别严重', gradeEn: 'extremely severe', feedCode: '04' },
  2: { level: 2, colour: 'orange', zh: '二级', roman: 'Ⅱ', colourZh: '橙色', gradeZh: '严重', gradeEn: 'severe', feedCode: '03' },
  3: { level: 3, colour: 'yellow', zh: '三级', roman: 'Ⅲ', colourZh: '黄色', gradeZh: '较重', gradeEn: 'relatively severe', feedCode: '02' },
  4: { level: 4, colour: 'blue', zh: '四级', roman: 'Ⅳ', colourZh: '蓝色', gradeZh: '一般', gradeEn: 'general', feedCode: '01' },
} as const satisfies Record<WarningLevel, { level: WarningLevel; colour: WarningColour; zh: string; roman: string; colourZh: string; gradeZh: string; gradeEn: string; feedCode: string }>;
export const WARNING_LEVEL_SOURCE =
  '应对法 (2007) 第四十二条 ✔; descriptions 国家突发公共事件总体应急预案 (2006) ✔; feed codes: 国家预警信息发布中心/中国天气网 feed convention ✔ (REFERENCE.md §3.1–3.2)';

/**
 * Level ↔ CAP mapping. REFERENCE.md §3.3 gives only a *suggested convention* (◐: 红 → Extreme, 橙 → Severe,
 * 黄 → Moderate, 蓝 → Minor) and the CAP-style colour values (◐ Red/Orange/Yellow/Blue); the official
 * CAP ↔ GB/T 35965.1 mapping was not retrieved (✖) and no urgency mapping is given (✖). So the mapping is
 * data (server/src/modules/warnings/data/cap-level-mapping.json), validated by this schema; urgency stays
 * null until a source gives it.
 */
export const CapLevelMapping = z
  .object({
    status: z.enum(['◐', '✔']).describe('◐ = convention pending standards review'),
    source: z.string().min(1),
    review: z.string().optional(),
    levels: z
      .array(
        z
          .object({
            level: WarningLevel,
            severity: CapSeverity.exclude(['Unknown']),
            colourValue: z.string().min(1).nullable(),
            urgency: CapUrgency.nullable().describe('✖ not given by any source yet'),
          })
          .strict(),
      )
      .length(4),
  })
  .strict()
  .superRefine((m, ctx) => {
    const levels = new Set(m.levels.map((l) => l.level));
    const severities = new Set(m.levels.map((l) => l.severity));
    if (levels.size !== 4) ctx.addIssue({ code: 'custom', path: ['levels'], message: 'each level 1–4 exactly once' });
    if (severities.size !== 4) ctx.addIssue({ code: 'custom', path: ['levels'], message: 'each severity at most once, so the mapping can be reversed' });
  });
export type CapLevelMapping = z.infer<typeof CapLevelMapping>;
