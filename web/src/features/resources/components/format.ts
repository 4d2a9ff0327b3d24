import type { Language } from '../../../lib/i18n';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'zh-CN');

export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale(language), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

export function formatNumber(value: number | null | undefined, language: Language, digits = 0): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(locale(language), { maximumFractionDigits: digits });
}
