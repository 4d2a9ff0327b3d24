import { conflict, notFound, ruleViolation } from '../../foundation/http/errors.js';

export const contactNotFound = (id: string) => notFound('CONTACT_NOT_FOUND', { zh: `责任人 ${id} 不存在或不在您的管辖范围内`, en: `Contact ${id} not found in your scope` });
export const callTimeInvalid = () => ruleViolation('INCIDENT_CALL_TIME_INVALID', { zh: '通话时间不能晚于当前时间', en: 'The time of a call cannot be in the future' });

export const reviewFinal = () => conflict('INCIDENT_REVIEW_FINAL', { zh: '总结评估已定稿，不能再修改', en: 'The review is final and cannot be changed' });
const SECTION_ZH = { summary: '事件经过', response: '应急处置', assessment: '评估', lessons: '经验教训', measures: '整改措施' } as const;
export type ReviewSection = keyof typeof SECTION_ZH;
export const reviewIncomplete = (missing: ReviewSection[]) =>
  ruleViolation('INCIDENT_REVIEW_INCOMPLETE', { zh: `定稿前请填写：${missing.map((k) => SECTION_ZH[k]).join('、')}`, en: `Fill in before making it final: ${missing.join(', ')}` }, { missing });
