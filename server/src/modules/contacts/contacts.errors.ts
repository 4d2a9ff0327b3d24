import { notFound, ruleViolation } from '../../foundation/http/errors.js';

export const contactNotFound = (id: string) => notFound('CONTACT_NOT_FOUND', { zh: `责任人 ${id} 不存在或不在您的管辖范围内`, en: `Contact ${id} not found in your scope` });
export const regionNotFound = (code: string) => notFound('REGION_NOT_FOUND', { zh: `行政区划 ${code} 不存在或不在您的管辖范围内`, en: `Region ${code} not found in your scope` });
export const superiorInvalid = () =>
  ruleViolation('CONTACT_SUPERIOR_INVALID', { zh: '上级责任人不能是本人，也不能形成循环', en: 'A superior cannot be the person themself or form a cycle' });
export const userNotFound = (id: string) => notFound('USER_NOT_FOUND', { zh: `用户 ${id} 不存在或不在您的管辖范围内`, en: `User ${id} not found in your scope` });
