import { notFound } from '../../foundation/http/errors.js';

export const regionNotFound = (code: string) =>
  notFound('REGION_NOT_FOUND', { zh: `区划 ${code} 不存在或不在您的管辖范围内`, en: `Region ${code} not found in your scope` });
