import { conflict, notFound, ruleViolation } from '../../foundation/http/errors.js';

export const pointNotFound = (id: string) => notFound('POINT_NOT_FOUND', { zh: `监测点 ${id} 不存在或不在您的管辖范围内`, en: `Monitoring point ${id} not found in your scope` });
export const pointCodeTaken = (code: string) => conflict('POINT_CODE_TAKEN', { zh: `监测点编码 ${code} 已被使用`, en: `Point code ${code} is already in use` });
export const alarmNotFound = (id: string) => notFound('ALARM_NOT_FOUND', { zh: `报警 ${id} 不存在或不在您的管辖范围内`, en: `Alarm ${id} not found in your scope` });
export const attachmentNotFound = (id: string) => notFound('ATTACHMENT_NOT_FOUND', { zh: `附件 ${id} 不存在`, en: `Attachment ${id} not found` });
export const alarmClosed = (id: string) => conflict('ALARM_CLOSED', { zh: `报警 ${id} 已关闭，不能再操作`, en: `Alarm ${id} is already closed` });
export const alarmAlreadyAcknowledged = (id: string, by: string) =>
  conflict('ALARM_ALREADY_ACKNOWLEDGED', { zh: `报警 ${id} 已由 ${by} 确认`, en: `Alarm ${id} was already acknowledged by ${by}` }, { by });
export const alarmNotAcknowledged = (id: string) =>
  ruleViolation('ALARM_NOT_ACKNOWLEDGED', { zh: `报警 ${id} 尚未确认：请先确认再关闭`, en: `Alarm ${id} must be acknowledged before it is closed` });
export const seriesRangeInvalid = () => ruleViolation('SERIES_RANGE_INVALID', { zh: '起始时间须早于结束时间，且跨度不超过 90 天', en: 'from must be before to, at most 90 days apart' });
export const hazardSourceUnknown = (id: string) => notFound('HAZARD_SOURCE_NOT_FOUND', { zh: `危险源 ${id} 不存在或不在您的管辖范围内`, en: `Hazard source ${id} not found in your scope` });
export const thresholdsUnordered = () => ruleViolation('THRESHOLDS_UNORDERED', { zh: '限值须严格递增：低低报 < 低报 < 高报 < 高高报', en: 'thresholds must rise strictly: low-low < low < high < high-high' });
