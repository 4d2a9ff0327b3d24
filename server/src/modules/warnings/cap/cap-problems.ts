import { parseCapPolygon, type CapProblem, type CapRule } from '@shouwang/contracts';
import type { z } from 'zod';

/** Reasons a CAP document is refused, in Chinese and English, with the XPath-like place (1-based). */

export const problem = (path: string, zh: string, en: string): CapProblem => ({ path, zh, en });

const RULES: Record<CapRule, { zh: string; en: string }> = {
  'xml-chars': { zh: '含有 XML 不能承载的字符', en: 'contains characters XML cannot carry' },
  'no-space-comma': { zh: '不能包含空格、逗号、< 或 &', en: 'must not contain spaces, commas, < or &' },
  datetime: {
    zh: '时间须为有效的 YYYY-MM-DDThh:mm:ss±hh:mm（如 2026-11-23T08:30:00+08:00），不允许 Z 或小数秒',
    en: 'must be a valid YYYY-MM-DDThh:mm:ss±hh:mm date-time (e.g. 2026-11-23T08:30:00+08:00); no "Z", no fractional seconds',
  },
  language: { zh: '不是有效的语言代码（如 zh-CN）', en: 'is not a language tag (e.g. zh-CN)' },
  uri: { zh: '不是有效的 URI（RFC 3986）', en: 'is not a URI (RFC 3986)' },
  'list-item': { zh: '列表项不能包含双引号', en: 'list items must not contain double quotes' },
  polygon: {
    zh: '多边形须为至少 4 个以空格分隔的 WGS-84“纬度,经度”点组成的闭合环（首点 = 末点）',
    en: 'a polygon must be a closed ring of at least 4 WGS-84 "lat,lon" pairs separated by spaces (first = last)',
  },
  circle: {
    zh: '圆须写作“纬度,经度 半径”（WGS-84 圆心，半径单位为千米且 ≥ 0）',
    en: 'a circle must be "lat,lon radius" (WGS-84 centre, radius in km, ≥ 0)',
  },
  'restriction-required': { zh: 'scope 为 Restricted 时必须提供 <restriction>', en: '<restriction> is required when scope is Restricted' },
  'addresses-required': { zh: 'scope 为 Private 时必须提供 <addresses>', en: '<addresses> is required when scope is Private' },
  'ceiling-needs-altitude': { zh: '<ceiling> 只能与 <altitude> 一起使用', en: '<ceiling> may only be used together with <altitude>' },
};

/** Why a polygon text is not a closed ring, as precisely as possible. */
export function explainPolygon(text: string): { zh: string; en: string } {
  const base = RULES.polygon;
  const pairs = text.trim().split(/\s+/).filter(Boolean);
  for (const [i, p] of pairs.entries()) {
    const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)),([+-]?(?:\d+(?:\.\d*)?|\.\d+))$/.exec(p);
    if (!m) return { zh: `${base.zh}；第 ${i + 1} 个点“${p.slice(0, 40)}”不是“纬度,经度”`, en: `${base.en}; point ${i + 1} "${p.slice(0, 40)}" is not "lat,lon"` };
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      return { zh: `${base.zh}；第 ${i + 1} 个点超出范围（纬度 −90…90，经度 −180…180）`, en: `${base.en}; point ${i + 1} is out of range (lat −90…90, lon −180…180)` };
    }
  }
  if (pairs.length < 4) return { zh: `${base.zh}；只有 ${pairs.length} 个点`, en: `${base.en}; it has only ${pairs.length} point(s)` };
  if (parseCapPolygon(text) === null) return { zh: `${base.zh}；首点与末点不同，环未闭合`, en: `${base.en}; the first and last points differ, so the ring is not closed` };
  return base;
}

/** Rules whose wording already names the elements. */
const STANDALONE = new Set<CapRule>(['restriction-required', 'addresses-required', 'ceiling-needs-altitude']);

const LIST_FIELDS = new Set(['references', 'addresses', 'incidents']);

/** `['info', 0, 'area', 1, 'polygon', 0]` → `/alert/info[1]/area[2]/polygon[1]`. */
export function xmlPath(path: readonly PropertyKey[]): { path: string; element: string; item?: number } {
  let out = '/alert';
  let element = 'alert';
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key !== 'string') continue;
    element = key;
    const next = path[i + 1];
    if (LIST_FIELDS.has(key) && i === 0) {
      // one text element holding a list: point at the element, name the item in the reason
      return { path: `/alert/${key}`, element: key, ...(typeof next === 'number' ? { item: next + 1 } : {}) };
    }
    out += typeof next === 'number' ? `/${key}[${next + 1}]` : `/${key}`;
  }
  return { path: out, element };
}

/** One zod issue of the CapAlert schema → a bilingual problem. */
export function issueToProblem(issue: z.core.$ZodIssue): CapProblem {
  const { path, element, item } = xmlPath(issue.path);
  const itemZh = item ? `第 ${item} 项：` : '';
  const itemEn = item ? `item ${item}: ` : '';
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return problem(path, `缺少必填元素 <${element}>`, `required element <${element}> is missing`);
      return problem(path, `<${element}> ${itemZh}类型不对（应为 ${issue.expected}）`, `<${element}> ${itemEn}has the wrong type (expected ${issue.expected})`);
    case 'invalid_value': {
      if (input === undefined) return problem(path, `缺少必填元素 <${element}>`, `required element <${element}> is missing`);
      const allowed = issue.values.map(String);
      const shown = typeof input === 'string' ? input.slice(0, 60) : JSON.stringify(input);
      return problem(
        path,
        `<${element}> 的值“${shown}”不是 CAP 1.2 规定的取值（允许：${allowed.join('、')}）`,
        `"${shown}" is not a CAP 1.2 value of <${element}> (allowed: ${allowed.join(', ')})`,
      );
    }
    case 'too_small':
      if (issue.origin === 'array') return problem(path, `至少需要一个 <${element}> 元素`, `at least one <${element}> element is required`);
      if (issue.origin === 'string') return problem(path, `<${element}> ${itemZh}不能为空`, `<${element}> ${itemEn}must not be empty`);
      return problem(path, `<${element}> 的值过小`, `<${element}> is too small`);
    case 'too_big':
      return problem(path, `<${element}> 的值过大`, `<${element}> is too large`);
    case 'unrecognized_keys':
      return problem(path, `未知元素：${issue.keys.join('、')}`, `unknown element(s): ${issue.keys.join(', ')}`);
    case 'custom': {
      const capRule = (issue.params as { capRule?: CapRule } | undefined)?.capRule;
      if (capRule === 'polygon' && typeof input === 'string') {
        const why = explainPolygon(input);
        return problem(path, why.zh, why.en);
      }
      if (capRule && Object.hasOwn(RULES, capRule)) {
        const r = RULES[capRule];
        if (STANDALONE.has(capRule)) return problem(path, r.zh, r.en);
        return problem(path, `<${element}> ${itemZh}${r.zh}`, `<${element}> ${itemEn}${r.en}`);
      }
      return problem(path, `<${element}> 取值无效：${issue.message}`, `<${element}> is invalid: ${issue.message}`);
    }
    default:
      return problem(path, `<${element}> 取值无效：${issue.message}`, `<${element}> is invalid: ${issue.message}`);
  }
}
