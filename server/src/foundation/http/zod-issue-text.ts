import type { z } from 'zod';

/** A zod issue in Chinese a clerk understands (request validation details, spreadsheet row errors). */
export function zhIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // Request validation passes issues on without their input; zod's message still says what arrived.
      return /received undefined/.test(issue.message) ? '必填' : '类型不正确';
    case 'too_small':
      return issue.origin === 'array' ? `至少填写 ${String(issue.minimum)} 项` : issue.origin === 'string' ? '不能为空' : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `不能超过 ${String(issue.maximum)} 个字符` : issue.origin === 'array' ? `最多 ${String(issue.maximum)} 项` : `不能大于 ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'email' ? '邮箱格式不正确' : '格式不正确';
    case 'invalid_value':
      return '不是有效取值';
    case 'unrecognized_keys':
      return `无法识别的列：${issue.keys.join('、')}`;
    default:
      return issue.message;
  }
}
