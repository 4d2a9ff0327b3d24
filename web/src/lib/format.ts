import type { Language } from './i18n';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'zh-CN');

const toDate = (iso: string | number): Date | null => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** 2026/05/01 14:03: dates in lists and files. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = toDate(iso);
  if (!date) return iso;
  return date.toLocaleString(locale(language), { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
}

/** 14:03:27, or 05/01 14:03:27 when not today: readings and alarm timelines, where seconds matter. */
export function formatReadingTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = toDate(iso);
  if (!date) return iso;
  const today = new Date().toDateString() === date.toDateString();
  return date.toLocaleString(locale(language), {
    ...(today ? {} : { month: '2-digit', day: '2-digit' }),
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
}

export function formatNumber(value: number | null | undefined, language: Language, digits = 0): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(locale(language), { maximumFractionDigits: digits });
}

/** Sensor readings: up to 3 decimals, but never more than 4 significant digits after the point matter on a board. */
export function formatReading(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  const digits = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return formatNumber(value, language, digits);
}

/** 3:07 or 1:02:07 for a countdown; negative durations count as zero. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of an `<input type="datetime-local">` (local time, to the minute). */
export function toDateTimeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = toDate(iso);
  if (!date) return '';
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}T${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` (local time) as an ISO instant; undefined when empty. */
export function fromDateTimeLocal(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
