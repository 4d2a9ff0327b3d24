/**
 * 统一社会信用代码 — GB 32100-2015 法人和其他组织统一社会信用代码编码规则. 18 characters:
 * 登记管理部门代码 (1) · 机构类别代码 (1) · 登记管理机关行政区划码 (6 digits, GB/T 2260) ·
 * 主体标识码 (9, the GB 11714 organisation code) · 校验码 (1).
 * Not in REFERENCE.md: the rule is the standard's published check-digit algorithm (verify against the
 * official text before release). It is arithmetic, not a threshold, so it lives in code.
 */

/** The 31 code characters; I, O, Z, S and V are left out because they are read as 1, 0, 2, 5 and U. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Wᵢ = 3^(i-1) mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'length' | 'character' | 'region' | 'check_digit';

/** The check character for the first 17 characters, or null when they are not valid code characters. */
export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Checks an upper-case code; callers normalise case and spaces first. */
export function checkUscc(code: string): { ok: true } | { ok: false; problem: UsccProblem } {
  if (code.length !== 18) return { ok: false, problem: 'length' };
  for (const ch of code) if (!USCC_CHARSET.includes(ch)) return { ok: false, problem: 'character' };
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, problem: 'region' };
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? { ok: true } : { ok: false, problem: 'check_digit' };
}
