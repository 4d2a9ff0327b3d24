import type { Label } from '@shouwang/contracts';
import type { CellType, Column } from './resource-columns.js';

export type CellResult = { ok: true; value: unknown } | { ok: false; reason: string };

const TRUE = new Set(['是', 'true', '1', 'y', 'yes', '√', '在岗', '可用']);
const FALSE = new Set(['否', 'false', '0', 'n', 'no', '×', '离岗', '不可用']);
const LIST_SEPARATORS = /[、,，;；|]/;

function byLabel(labels: Record<string, Label>, text: string): string | undefined {
  for (const [key, l] of Object.entries(labels)) if (text === key || text === l.zh || text.toLowerCase() === l.en.toLowerCase()) return key;
  return undefined;
}

/** One cell's text → the value its field takes; an empty cell is "not given" (the schema decides if it may be). */
export function parseCell(type: CellType, raw: string): CellResult {
  // An exported cell that began with a formula character was written with a leading apostrophe.
  const text = /^'[=+\-@]/.test(raw) ? raw.slice(1) : raw;
  if (text === '') return { ok: true, value: undefined };
  if (type === 'text') return { ok: true, value: text };
  if (type === 'number' || type === 'int') {
    const n = Number(text.replace(/,/g, ''));
    if (!Number.isFinite(n)) return { ok: false, reason: `“${text}”不是数字` };
    if (type === 'int' && !Number.isInteger(n)) return { ok: false, reason: `“${text}”不是整数` };
    return { ok: true, value: n };
  }
  if (type === 'bool') {
    const t = text.toLowerCase();
    if (TRUE.has(t)) return { ok: true, value: true };
    if (FALSE.has(t)) return { ok: true, value: false };
    return { ok: false, reason: `“${text}”应填“是”或“否”` };
  }
  const parts = text.split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean);
  if (type === 'list') return { ok: true, value: parts };
  const allowed = Object.values(type.labels).map((l) => l.zh).join('、');
  const keys: string[] = [];
  for (const p of type.list ? parts : [text]) {
    const key = byLabel(type.labels, p);
    if (!key) return { ok: false, reason: `“${p}”不是有效取值，可选：${allowed}` };
    keys.push(key);
  }
  return { ok: true, value: type.list ? keys : keys[0] };
}

/** The readable value of a cell on export: labels in Chinese, lists joined with 、, booleans as 是/否. */
export function formatCell<T>(c: Column<T>, row: T): string | number | null {
  const v = c.get(row);
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof c.type === 'object') {
    const labels = c.type.labels;
    const one = (k: string) => labels[k]?.zh ?? k;
    return Array.isArray(v) ? v.map(one).join('、') : one(String(v));
  }
  return Array.isArray(v) ? v.join('、') : v;
}
