/** Bilingual text: zh-CN is the default language, English on request. */
export type Text = { zh: string; en: string };

const STATUS = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  rule_violation: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
} as const;
export type ErrorKind = keyof typeof STATUS;

/** The closed set of failures a user can cause; anything else is an internal error (500, no details). */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly text: Text,
    readonly details?: unknown,
  ) {
    super(text.en);
    this.status = STATUS[kind];
  }
}

export const notFound = (code: string, text: Text, details?: unknown) => new AppError('not_found', code, text, details);
export const forbidden = (code: string, text: Text, details?: unknown) => new AppError('forbidden', code, text, details);
export const conflict = (code: string, text: Text, details?: unknown) => new AppError('conflict', code, text, details);
export const invalid = (code: string, text: Text, details?: unknown) => new AppError('validation', code, text, details);
export const ruleViolation = (code: string, text: Text, details?: unknown) =>
  new AppError('rule_violation', code, text, details);
export const unauthorized = (code: string, text: Text) => new AppError('unauthorized', code, text);
export const unavailable = (code: string, text: Text) => new AppError('unavailable', code, text);

export type Lang = 'zh' | 'en';

export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
