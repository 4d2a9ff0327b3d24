import type { CapProblem, WarningStatus } from '@shouwang/contracts';
import { conflict, forbidden, notFound, ruleViolation } from '../../foundation/http/errors.js';
import type { WarningStep } from './warning-lifecycle.js';

export const warningNotFound = (id: string) => notFound('WARNING_NOT_FOUND', { zh: `预警 ${id} 不存在或不在您的管辖范围内`, en: `Warning ${id} not found in your scope` });
export const alarmNotFound = (id: string) => notFound('ALARM_NOT_FOUND', { zh: `报警 ${id} 不存在或不在您的管辖范围内`, en: `Alarm ${id} not found in your scope` });
export const regionNotFound = (code: string) => notFound('REGION_NOT_FOUND', { zh: `行政区划 ${code} 不存在或不在您的管辖范围内`, en: `Region ${code} not found in your scope` });

const STEP = {
  edit: { zh: '修改', en: 'edit' },
  submit: { zh: '提交审核', en: 'submit' },
  approve: { zh: '审核通过', en: 'approve' },
  reject: { zh: '退回', en: 'reject' },
  revise: { zh: '更新', en: 'update' },
  cancel: { zh: '解除', en: 'cancel' },
} as const satisfies Record<WarningStep, { zh: string; en: string }>;
const STATUS = {
  draft: '草稿',
  pending_review: '待审核',
  published: '已发布',
  rejected: '已退回',
  cancelled: '已解除',
  superseded: '已被新版本取代',
} as const satisfies Record<WarningStatus, string>;

export const warningStatusInvalid = (step: WarningStep, status: WarningStatus, allowed: readonly WarningStatus[]) =>
  conflict(
    'WARNING_STATUS_INVALID',
    { zh: `预警当前状态为“${STATUS[status]}”，不能${STEP[step].zh}`, en: `Cannot ${STEP[step].en} a warning whose status is ${status}` },
    { status, allowed },
  );
export const selfApproval = () =>
  forbidden('WARNING_SELF_APPROVAL', { zh: '预警不能由起草人本人审核发布，请由另一位有审核权限的人员审核', en: 'The author of a warning cannot approve it; another reviewer must' });
export const capInvalid = (problems: CapProblem[]) =>
  ruleViolation('WARNING_CAP_INVALID', { zh: `CAP 文档无效：${problems[0]?.zh ?? ''}`, en: `The CAP document is invalid: ${problems[0]?.en ?? ''}` }, { problems });
export const capIdentityTaken = (sender: string, identifier: string) =>
  conflict('WARNING_CAP_DUPLICATE', { zh: `发送方 ${sender} 的 CAP 消息 ${identifier} 已由其他地区导入`, en: `CAP message ${identifier} of ${sender} was already imported elsewhere` });
export const capNotAlert = (msgType: string) =>
  ruleViolation('WARNING_CAP_MSGTYPE', { zh: `不导入 msgType 为 ${msgType} 的 CAP 消息（只导入 Alert、Update、Cancel）`, en: `CAP messages of msgType ${msgType} are not imported (only Alert, Update, Cancel)` });
