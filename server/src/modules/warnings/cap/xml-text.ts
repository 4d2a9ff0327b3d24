/**
 * XML character data, both ways. The parser runs fast-xml-parser with entity processing off, so the raw
 * text still holds references; `decodeXmlText` resolves exactly the five predefined entities and
 * character references to legal XML characters, and refuses anything else (an undefined entity is a
 * well-formedness error, and a DTD that could define one is refused before parsing).
 */

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REF = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_:][\w.:-]*);/y;

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

export type Decoded = { ok: true; value: string } | { ok: false; reference: string };

export function decodeXmlText(raw: string): Decoded {
  if (!raw.includes('&')) return { ok: true, value: raw };
  let out = '';
  let from = 0;
  for (let at = raw.indexOf('&'); at !== -1; at = raw.indexOf('&', from)) {
    out += raw.slice(from, at);
    REF.lastIndex = at;
    const m = REF.exec(raw);
    if (!m) return { ok: false, reference: raw.slice(at, at + 12).split(/\s/)[0] ?? '&' };
    const name = m[1]!;
    if (name.startsWith('#')) {
      const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!isXmlChar(cp)) return { ok: false, reference: m[0] };
      out += String.fromCodePoint(cp);
    } else {
      const ch = PREDEFINED[name];
      if (ch === undefined || !Object.hasOwn(PREDEFINED, name)) return { ok: false, reference: m[0] };
      out += ch;
    }
    from = at + m[0].length;
  }
  return { ok: true, value: out + raw.slice(from) };
}

/**
 * Escapes text for element content: `&`, `<`, `>` (so `]]>` cannot appear) and carriage returns (written
 * as a reference so XML's line-end normalisation does not turn CR LF into LF).
 */
export function escapeXmlText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}
