import {
  CAP_LANGUAGE_ZH,
  WARNING_LEVELS,
  capDateTimeToDate,
  toCapDateTime,
  type CapAlert,
  type CapAlertInput,
  type CapArea,
  type CapInfo,
  type Warning,
} from '@shouwang/contracts';
import { normalizeRegionCode } from '../../foundation/scope/region-code.js';
import { capColourValueForLevel } from './cap/levels.js';
import { escapeXmlText } from './cap/xml-text.js';

/** The code system written to and recognised in CAP geocodes for a division. */
export const GEOCODE_NAME = 'GB/T 2260';
const GEOCODE_NAMES = /^(?:GB\/?T[\s_-]*(?:2260|10114)(?:-\d{4})?|GB2260|行政区划代码?|admin(?:istrative)?[\s_-]?code)$/i;

/** GB/T 2260 writes 6 digits; a township or village needs the 12-digit GB/T 10114 statistical form. */
export function geocodeValue(code: string): string {
  return code.endsWith('000000') ? code.slice(0, 6) : code;
}

/** The division codes of CAP geocodes that name one (GB/T 2260 and similar value names), normalised. */
export function regionCodesOfArea(area: CapArea): string[] {
  const out: string[] = [];
  for (const g of area.geocode) {
    if (!GEOCODE_NAMES.test(g.valueName.trim())) continue;
    const v = g.value.trim();
    if (/^(\d{6}|\d{9}|\d{12})$/.test(v)) out.push(normalizeRegionCode(v));
  }
  return out;
}

type AreaInput = NonNullable<NonNullable<CapAlertInput['info']>[number]['area']>[number];

const capTime = (iso: string | null) => (iso ? toCapDateTime(new Date(iso)) : undefined);

/** A platform warning as a CAP 1.2 alert: one zh-CN info block, a GB/T 2260 geocode per target division. */
export function warningToCap(w: Warning, regionNames: ReadonlyMap<string, string>, now: Date): CapAlertInput {
  const live = w.status === 'published' || w.status === 'superseded' || w.status === 'cancelled';
  const area: AreaInput[] = w.areas.regionCodes.map((code) => ({
    areaDesc: regionNames.get(code) ?? code,
    geocode: [{ valueName: GEOCODE_NAME, value: geocodeValue(code) }],
  }));
  if (w.areas.polygons.length || w.areas.circles.length) area.push({ areaDesc: w.headline || '预警区域', polygon: w.areas.polygons, circle: w.areas.circles });
  const parameter: { valueName: string; value: string }[] = [];
  if (w.level) {
    parameter.push({ valueName: 'level', value: String(w.level) }, { valueName: 'levelName', value: `${WARNING_LEVELS[w.level].zh}（${WARNING_LEVELS[w.level].colourZh}）` });
    const colour = capColourValueForLevel(w.level);
    if (colour) parameter.push({ valueName: 'colour', value: colour });
  }
  return {
    identifier: w.cap.identifier,
    sender: w.cap.sender,
    sent: capTime(w.cap.sent) ?? toCapDateTime(now),
    status: live ? 'Actual' : 'Draft',
    msgType: w.cap.msgType,
    scope: 'Public',
    references: w.cap.references,
    ...(w.cancelReason ? { note: w.cancelReason } : {}),
    info: [
      {
        language: CAP_LANGUAGE_ZH,
        category: w.cap.category,
        event: w.cap.event,
        urgency: w.cap.urgency,
        severity: w.cap.severity,
        certainty: w.cap.certainty,
        eventCode: [{ valueName: 'type', value: w.type.code }],
        ...(w.cap.effective && { effective: capTime(w.cap.effective) }),
        ...(w.cap.onset && { onset: capTime(w.cap.onset) }),
        ...(w.cap.expires && { expires: capTime(w.cap.expires) }),
        ...(w.author && { senderName: w.author.name }),
        headline: w.headline,
        description: w.description,
        ...(w.instruction && { instruction: w.instruction }),
        parameter,
        area,
      },
    ],
  };
}

/** The info block an import reads its warning fields from: the first Chinese one, else the first. */
export function primaryInfo(alert: CapAlert): CapInfo | undefined {
  return alert.info.find((i) => /^zh\b/i.test(i.language ?? '')) ?? alert.info[0];
}

export const dateOfCap = (s: string | undefined): Date | null => (s ? capDateTimeToDate(s) : null);

/** An Atom feed (RFC 4287) of published warnings, each linking to its CAP document. */
export function atomFeed(warnings: Warning[], now: Date): string {
  const e = escapeXmlText;
  const attr = (s: string) => e(s).replace(/"/g, '&quot;');
  const updated = warnings.reduce((max, w) => (w.publishedAt && w.publishedAt > max ? w.publishedAt : max), warnings.length ? '' : now.toISOString()) || now.toISOString();
  const entries = warnings.map((w) => {
    const level = w.level ? `${WARNING_LEVELS[w.level].colourZh}预警` : '';
    return [
      '  <entry>',
      `    <id>urn:uuid:${w.id}</id>`,
      `    <title>${e(w.headline)}</title>`,
      `    <updated>${w.publishedAt ?? w.updatedAt}</updated>`,
      `    <author><name>${e(w.author?.name ?? w.cap.sender)}</name></author>`,
      `    <summary>${e(w.description)}</summary>`,
      `    <category term="${attr(w.type.code)}" label="${attr(w.type.name)}"/>`,
      ...(level ? [`    <category term="level-${w.level}" label="${attr(level)}"/>`] : []),
      `    <link rel="alternate" type="application/cap+xml" href="/api/warnings/${w.id}/cap"/>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    '  <id>urn:shouwang:warnings</id>',
    '  <title>守望 · 当前预警</title>',
    `  <updated>${updated}</updated>`,
    '  <link rel="self" href="/api/warnings/feed.atom"/>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
