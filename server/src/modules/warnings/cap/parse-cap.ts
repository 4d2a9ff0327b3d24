import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CAP_NAMESPACE_1_1, CAP_NAMESPACE_1_2, CapAlert, firstIllegalXmlChar, splitCapList, type CapProblem, type CapVersion } from '@shouwang/contracts';
import { issueToProblem, problem } from './cap-problems.js';
import { decodeXmlText } from './xml-text.js';

/**
 * CAP 1.2 / 1.1 XML → the platform's CapAlert, or the list of reasons it was refused.
 *
 * Hostile input is stopped before fast-xml-parser sees it: the size limit is checked on the bytes, any
 * `<!DOCTYPE` or `<!ENTITY` is refused outright (so there are no external entities and no entity
 * expansion at all), start tags are counted against an element limit, and the text must be UTF-8 made of
 * legal XML characters. The parser then runs with entity processing off and a nesting limit; the only
 * references resolved are the five predefined entities and character references (xml-text.ts).
 * Namespaces are resolved properly (a `cap:` prefix works; an element of another namespace does not pass
 * for a CAP one). Element order is not enforced on input; everything else the schema says is.
 */

export interface CapLimits {
  /** UTF-8 bytes of the whole document. */
  maxBytes: number;
  /** Elements in the document (start tags, counted before parsing). */
  maxElements: number;
  /** Occurrences of one element under one parent (e.g. geocodes of an area). */
  maxRepeat: number;
  /** Element nesting depth (CAP needs 5; an enveloped XML signature about 8). */
  maxDepth: number;
}

export const CAP_LIMITS: Readonly<CapLimits> = { maxBytes: 1024 * 1024, maxElements: 10_000, maxRepeat: 1_000, maxDepth: 12 };

export type CapParseResult =
  | {
      ok: true;
      version: CapVersion;
      alert: CapAlert;
      /** the document carried an XML signature (kept out of the model, not verified) */
      signed: boolean;
      /** what the import changed, e.g. a default it had to fill for a CAP 1.1 document */
      notes: CapProblem[];
    }
  | { ok: false; problems: CapProblem[] };

const XMLDSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const VERSION_OF = new Map<string, CapVersion>([
  [CAP_NAMESPACE_1_2, '1.2'],
  [CAP_NAMESPACE_1_1, '1.1'],
]);
const MAX_PROBLEMS = 50;

// ── the element tree CAP defines (both versions; CAP 1.1 is a subset apart from resource.mimeType) ──

type Field = { many: boolean; group?: Group };
type Group = Record<string, Field>;
const one: Field = { many: false };
const many: Field = { many: true };
const PAIR: Group = { valueName: one, value: one };
const RESOURCE: Group = { resourceDesc: one, mimeType: one, size: one, uri: one, derefUri: one, digest: one };
const AREA: Group = { areaDesc: one, polygon: many, circle: many, geocode: { many: true, group: PAIR }, altitude: one, ceiling: one };
const INFO: Group = {
  language: one,
  category: many,
  event: one,
  responseType: many,
  urgency: one,
  severity: one,
  certainty: one,
  audience: one,
  eventCode: { many: true, group: PAIR },
  effective: one,
  onset: one,
  expires: one,
  senderName: one,
  headline: one,
  description: one,
  instruction: one,
  web: one,
  contact: one,
  parameter: { many: true, group: PAIR },
  resource: { many: true, group: RESOURCE },
  area: { many: true, group: AREA },
};
const ALERT: Group = {
  identifier: one,
  sender: one,
  sent: one,
  status: one,
  msgType: one,
  source: one,
  scope: one,
  restriction: one,
  addresses: one,
  code: many,
  note: one,
  references: one,
  incidents: one,
  info: { many: true, group: INFO },
};

/** What the reader produces: text values and nested groups, keyed only by names from the tables above. */
type Raw = { [name: string]: string | string[] | Raw | Raw[] | undefined };

// ── fast-xml-parser output (preserveOrder) ─────────────────────────────────────────────────────────

type XNode = Record<string, unknown>;
const TEXT = '#text';
const CDATA = '#cdata';
const ATTRS = ':@';

const parserOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
  removeNSPrefix: false,
} as const;

/** Text values: parseTagValue is off, so they are always strings. */
const asText = (v: unknown): string => (typeof v === 'string' ? v : '');

function nodeName(node: XNode): string {
  for (const k of Object.keys(node)) if (k !== ATTRS) return k;
  return '';
}

class Reader {
  readonly problems: CapProblem[] = [];
  /** Elements already reported as unreadable: the schema's "missing" for them would only repeat it. */
  readonly unreadable = new Set<string>();
  signed = false;
  constructor(
    private readonly capNs: string,
    private readonly limits: CapLimits,
  ) {}

  report(p: CapProblem): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(p);
  }

  /** Namespace declarations of an element on top of its parent's. */
  scope(node: XNode, parent: ReadonlyMap<string, string>, path: string): ReadonlyMap<string, string> {
    const attrs = node[ATTRS] as Record<string, unknown> | undefined;
    if (!attrs) return parent;
    let scope: Map<string, string> | null = null;
    for (const [name, value] of Object.entries(attrs)) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      const decoded = decodeXmlText(asText(value));
      if (!decoded.ok) {
        this.report(problem(path, `命名空间声明中有无效的引用 ${decoded.reference}`, `invalid reference ${decoded.reference} in a namespace declaration`));
        continue;
      }
      scope ??= new Map(parent);
      scope.set(name === 'xmlns' ? '' : name.slice(6), decoded.value.trim());
    }
    return scope ?? parent;
  }

  /** `{namespace, local}` of an element name, or null (reported) for an undeclared prefix. */
  resolve(qname: string, scope: ReadonlyMap<string, string>, path: string): { ns: string; local: string } | null {
    const colon = qname.indexOf(':');
    if (colon === -1) return { ns: scope.get('') ?? '', local: qname };
    const prefix = qname.slice(0, colon);
    const ns = prefix === 'xml' ? XML_NAMESPACE : scope.get(prefix);
    if (ns === undefined) {
      this.report(problem(path, `元素 <${qname}> 使用了未声明的命名空间前缀“${prefix}”`, `element <${qname}> uses the undeclared namespace prefix "${prefix}"`));
      return null;
    }
    return { ns, local: qname.slice(colon + 1) };
  }

  /** The character data of a text-only element (text and CDATA in order), trimmed. */
  text(children: XNode[], path: string): string | undefined {
    let out = '';
    for (const child of children) {
      const name = nodeName(child);
      if (name === TEXT) {
        const decoded = decodeXmlText(asText(child[TEXT]));
        if (!decoded.ok) {
          this.report(problem(path, `无效的实体或字符引用 ${decoded.reference}（只允许 XML 预定义实体和字符引用）`, `invalid entity or character reference ${decoded.reference} (only XML's predefined entities and character references are allowed)`));
          this.unreadable.add(path);
          return undefined;
        }
        out += decoded.value;
      } else if (name === CDATA) {
        for (const piece of child[CDATA] as XNode[]) out += asText(piece[TEXT]);
      } else {
        this.report(problem(path, `此元素只能包含文本，不能包含元素 <${name}>`, `this element holds text only, not the element <${name}>`));
        this.unreadable.add(path);
        return undefined;
      }
    }
    return out.trim();
  }

  /** The children of an element whose content CAP defines as the elements in `spec`. */
  group(children: XNode[], spec: Group, path: string, scope: ReadonlyMap<string, string>, isAlert: boolean): Raw {
    const raw: Raw = {};
    const counts = new Map<string, number>();
    let strayText = false;
    for (const child of children) {
      const qname = nodeName(child);
      if (qname === TEXT || qname === CDATA) {
        const t = qname === TEXT ? asText(child[TEXT]) : (child[CDATA] as XNode[]).map((p) => asText(p[TEXT])).join('');
        if (t.trim() && !strayText) {
          strayText = true;
          this.report(problem(path, `此处只能包含元素，不能直接包含文本“${t.trim().slice(0, 40)}”`, `only elements are allowed here, not the text "${t.trim().slice(0, 40)}"`));
        }
        continue;
      }
      const childScope = this.scope(child, scope, path);
      const name = this.resolve(qname, childScope, path);
      if (!name) continue;
      if (isAlert && name.ns === XMLDSIG_NAMESPACE) {
        this.signed = true; // enveloped signature: allowed by the schema, not part of the model
        continue;
      }
      const field = Object.hasOwn(spec, name.local) ? spec[name.local] : undefined;
      if (name.ns !== this.capNs || !field) {
        const shown = name.ns === this.capNs ? `<${name.local}>` : `<${qname}>（命名空间 ${name.ns || '无'}）`;
        const shownEn = name.ns === this.capNs ? `<${name.local}>` : `<${qname}> (namespace ${name.ns || 'none'})`;
        this.report(problem(`${path}/${qname}`, `不允许的元素 ${shown}`, `element ${shownEn} is not allowed here`));
        continue;
      }
      const n = (counts.get(name.local) ?? 0) + 1;
      counts.set(name.local, n);
      const childPath = field.many ? `${path}/${name.local}[${n}]` : `${path}/${name.local}`;
      if (n > (field.many ? this.limits.maxRepeat : 1)) {
        if (field.many) {
          this.report(problem(childPath, `<${name.local}> 元素过多（上限 ${this.limits.maxRepeat} 个）`, `too many <${name.local}> elements (limit ${this.limits.maxRepeat})`));
          break;
        }
        this.report(problem(childPath, `<${name.local}> 只能出现一次`, `<${name.local}> may appear only once`));
        continue;
      }
      const content = child[qname] as XNode[];
      const value = field.group ? this.group(content, field.group, childPath, childScope, false) : this.text(content, childPath);
      if (value === undefined) continue;
      if (field.many) ((raw[name.local] ??= []) as (string | Raw)[]).push(value);
      else raw[name.local] = value;
    }
    return raw;
  }
}

// ── raw tree → contract input ──────────────────────────────────────────────────────────────────────

const str = (v: Raw[string]): string | undefined => (typeof v === 'string' ? v : undefined);
const strs = (v: Raw[string]): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const groups = (v: Raw[string]): Raw[] => (Array.isArray(v) ? v.filter((x): x is Raw => typeof x === 'object') : []);

/** Optional text: an empty element carries nothing, so it is left out. */
function optional(out: Record<string, unknown>, raw: Raw, ...names: string[]): void {
  for (const n of names) {
    const v = str(raw[n]);
    if (v) out[n] = v;
  }
}
function required(out: Record<string, unknown>, raw: Raw, ...names: string[]): void {
  for (const n of names) {
    const v = str(raw[n]);
    if (v !== undefined) out[n] = v;
  }
}
const pairs = (v: Raw[string]) => groups(v).map((p) => ({ ...(str(p.valueName) !== undefined ? { valueName: str(p.valueName) } : {}), ...(str(p.value) !== undefined ? { value: str(p.value) } : {}) }));

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function toInput(raw: Raw, version: CapVersion, problems: CapProblem[], notes: CapProblem[]): Record<string, unknown> {
  const alert: Record<string, unknown> = {};
  required(alert, raw, 'identifier', 'sender', 'sent', 'status', 'msgType');
  optional(alert, raw, 'source');
  required(alert, raw, 'scope');
  optional(alert, raw, 'restriction');
  for (const list of ['addresses', 'incidents'] as const) {
    const v = str(raw[list]);
    if (!v) continue;
    if ((v.match(/"/g)?.length ?? 0) % 2 !== 0) {
      problems.push(problem(`/alert/${list}`, `<${list}> 中的双引号不成对`, `<${list}> has an unbalanced double quote`));
    }
    alert[list] = splitCapList(v);
  }
  const codes = strs(raw.code).filter(Boolean);
  if (codes.length) alert.code = codes;
  optional(alert, raw, 'note');
  const refs = str(raw.references);
  if (refs) {
    const triples: { sender: string; identifier: string; sent: string }[] = [];
    for (const [i, entry] of refs.split(/\s+/).entries()) {
      const [sender, identifier, sent, ...rest] = entry.split(',');
      if (sender === undefined || identifier === undefined || sent === undefined || rest.length > 0) {
        problems.push(problem('/alert/references', `第 ${i + 1} 项“${entry.slice(0, 60)}”不是“sender,identifier,sent”`, `item ${i + 1} "${entry.slice(0, 60)}" is not "sender,identifier,sent"`));
      } else {
        triples.push({ sender, identifier, sent });
      }
    }
    alert.references = triples;
  }
  alert.info = groups(raw.info).map((info, i) => {
    const out: Record<string, unknown> = {};
    optional(out, info, 'language');
    out.category = strs(info.category);
    required(out, info, 'event');
    out.responseType = strs(info.responseType);
    required(out, info, 'urgency', 'severity', 'certainty');
    optional(out, info, 'audience');
    out.eventCode = pairs(info.eventCode);
    optional(out, info, 'effective', 'onset', 'expires', 'senderName', 'headline', 'description', 'instruction', 'web', 'contact');
    out.parameter = pairs(info.parameter);
    out.resource = groups(info.resource).map((res, j) => {
      const path = `/alert/info[${i + 1}]/resource[${j + 1}]`;
      const r: Record<string, unknown> = {};
      required(r, res, 'resourceDesc', 'mimeType');
      if (version === '1.1' && !r.mimeType) {
        // CAP 1.1 made mimeType optional; 1.2 requires it, so say what we filled in.
        r.mimeType = 'application/octet-stream';
        notes.push(problem(`${path}/mimeType`, 'CAP 1.1 资源未给出 <mimeType>，已按 application/octet-stream 导入', 'CAP 1.1 resource without <mimeType>: imported as application/octet-stream'));
      }
      const size = str(res.size);
      if (size) {
        if (/^\+?\d+$/.test(size)) r.size = Number(size);
        else problems.push(problem(`${path}/size`, `<size> 须为非负整数（字节数），而不是“${size.slice(0, 40)}”`, `<size> must be a whole number of bytes, not "${size.slice(0, 40)}"`));
      }
      optional(r, res, 'uri', 'derefUri', 'digest');
      return r;
    });
    out.area = groups(info.area).map((area, j) => {
      const path = `/alert/info[${i + 1}]/area[${j + 1}]`;
      const a: Record<string, unknown> = {};
      required(a, area, 'areaDesc');
      a.polygon = strs(area.polygon).filter(Boolean);
      a.circle = strs(area.circle).filter(Boolean);
      a.geocode = pairs(area.geocode);
      for (const n of ['altitude', 'ceiling'] as const) {
        const v = str(area[n]);
        if (!v) continue;
        if (DECIMAL.test(v)) a[n] = Number(v);
        else problems.push(problem(`${path}/${n}`, `<${n}> 须为十进制数，而不是“${v.slice(0, 40)}”`, `<${n}> must be a decimal number, not "${v.slice(0, 40)}"`));
      }
      return a;
    });
    return out;
  });
  return alert;
}

// ── entry point ────────────────────────────────────────────────────────────────────────────────────

const DTD = /<!\s*(?:DOCTYPE|ENTITY)/i;
const ENCODING = /^\s*<\?xml\s[^?]*?\bencoding\s*=\s*["']([^"']*)["']/;
const START_TAG = /<[A-Za-z_:\u00C0-\uFFFF]/g;

const refuse = (...problems: CapProblem[]): CapParseResult => ({ ok: false, problems });
const docProblem = (zh: string, en: string) => problem('/', zh, en);

export function parseCap(input: string | Uint8Array, limits: Partial<CapLimits> = {}): CapParseResult {
  const lim: CapLimits = { ...CAP_LIMITS, ...limits };

  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > lim.maxBytes) {
    return refuse(docProblem(`文档过大：${bytes} 字节，上限 ${lim.maxBytes} 字节`, `document too large: ${bytes} bytes, limit ${lim.maxBytes}`));
  }
  let xml: string;
  if (typeof input === 'string') {
    xml = input.startsWith('\uFEFF') ? input.slice(1) : input;
  } else {
    try {
      xml = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return refuse(docProblem('文档不是有效的 UTF-8 编码', 'document is not valid UTF-8'));
    }
  }
  const encoding = ENCODING.exec(xml)?.[1];
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding.trim())) {
    return refuse(docProblem(`只接受 UTF-8 编码的文档，而声明的是 ${encoding.slice(0, 20)}`, `only UTF-8 documents are accepted; this one declares ${encoding.slice(0, 20)}`));
  }
  if (DTD.test(xml)) {
    return refuse(
      docProblem(
        '不允许 DOCTYPE 或 ENTITY 声明：CAP 不需要 DTD，外部实体和实体展开一律拒绝',
        'DOCTYPE and ENTITY declarations are not allowed: CAP needs no DTD, and external entities and entity expansion are refused',
      ),
    );
  }
  const illegal = firstIllegalXmlChar(xml);
  if (illegal !== -1) {
    const line = xml.slice(0, illegal).split('\n').length;
    const code = `U+${xml.charCodeAt(illegal).toString(16).toUpperCase().padStart(4, '0')}`;
    return refuse(docProblem(`第 ${line} 行含有 XML 不允许的字符 ${code}`, `line ${line} holds a character XML does not allow (${code})`));
  }
  let elements = 0;
  for (START_TAG.lastIndex = 0; START_TAG.exec(xml); ) {
    if (++elements > lim.maxElements) {
      return refuse(docProblem(`元素过多（上限 ${lim.maxElements} 个）`, `too many elements (limit ${lim.maxElements})`));
    }
  }

  const wellFormed = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (wellFormed !== true) {
    const { line, col, msg } = wellFormed.err;
    return refuse(docProblem(`XML 格式错误（第 ${line} 行第 ${col} 列）：${msg}`, `XML is not well-formed (line ${line}, column ${col}): ${msg}`));
  }
  let tree: XNode[];
  try {
    tree = new XMLParser({ ...parserOptions, maxNestedTags: lim.maxDepth }).parse(xml) as XNode[];
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/nested tags/i.test(msg)) return refuse(docProblem(`元素嵌套过深（上限 ${lim.maxDepth} 层）`, `elements are nested too deeply (limit ${lim.maxDepth})`));
    const reserved = /^\[SECURITY\] Invalid name: "([^"]+)"/.exec(msg)?.[1];
    if (reserved) return refuse(docProblem(`不允许的元素名 <${reserved}>`, `the element name <${reserved}> is not allowed`));
    return refuse(docProblem(`无法解析 XML：${msg}`, `cannot parse the XML: ${msg}`));
  }

  const roots = tree.filter((n) => {
    const name = nodeName(n);
    return name !== TEXT && name !== CDATA;
  });
  if (roots.length !== 1) return refuse(docProblem(`文档须有且只有一个根元素，实际有 ${roots.length} 个`, `the document must have exactly one root element, it has ${roots.length}`));
  const root = roots[0]!;
  const rootName = nodeName(root);
  const probe = new Reader('', lim);
  const rootScope = probe.scope(root, new Map(), '/');
  const resolved = probe.resolve(rootName, rootScope, '/');
  const version = resolved ? VERSION_OF.get(resolved.ns) : undefined;
  if (!resolved || resolved.local !== 'alert' || !version) {
    const found = resolved ? `<${resolved.local}>（命名空间 ${resolved.ns || '无'}）` : `<${rootName}>`;
    const foundEn = resolved ? `<${resolved.local}> (namespace ${resolved.ns || 'none'})` : `<${rootName}>`;
    return refuse(
      problem('/', `根元素须为 CAP 1.2 或 1.1 命名空间中的 <alert>（${CAP_NAMESPACE_1_2}），实际为 ${found}`, `the root element must be <alert> in the CAP 1.2 or 1.1 namespace (${CAP_NAMESPACE_1_2}), found ${foundEn}`),
      ...probe.problems,
    );
  }

  const reader = new Reader(resolved.ns, lim);
  const raw = reader.group(root[rootName] as XNode[], ALERT, '/alert', rootScope, true);
  const problems = [...reader.problems];
  const notes: CapProblem[] = [];
  const candidate = toInput(raw, version, problems, notes);
  const checked = CapAlert.safeParse(candidate, { reportInput: true });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const p = issueToProblem(issue);
      if (!reader.unreadable.has(p.path)) problems.push(p);
    }
  }
  if (problems.length > 0 || !checked.success) return refuse(...dedupe(problems).slice(0, MAX_PROBLEMS));
  return { ok: true, version, alert: checked.data, signed: reader.signed, notes };
}

/** The same place and reason reported by the reader and the schema once. */
function dedupe(problems: CapProblem[]): CapProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
