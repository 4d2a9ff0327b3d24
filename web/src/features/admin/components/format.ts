import type { Language } from '../../../lib/i18n';

export function formatTime(iso: string | null, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** Mirrors the server's rules (packages/contracts auth.ts) so most mistakes are caught before sending. */
export const USERNAME_PATTERN = /^[a-zA-Z0-9_.-]{3,64}$/;
export const PHONE_PATTERN = /^[0-9+\-() ]{3,20}$/;
export const isStrongPassword = (p: string) => p.length >= 8 && p.length <= 256 && /[a-zA-Z]/.test(p) && /\d/.test(p);

/** Permissions an administrator may only hand out if he holds them himself (ROLE_ABOVE_GRANTER). */
export const ADMIN_PERMISSIONS = ['region.manage', 'user.manage', 'org.manage', 'token.manage', 'audit.verify'] as const;
