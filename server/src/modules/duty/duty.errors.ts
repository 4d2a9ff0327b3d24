import { conflict, notFound, ruleViolation } from '../../foundation/http/errors.js';

export const commandBodyNotFound = (id: string) => notFound('COMMAND_BODY_NOT_FOUND', { zh: `指挥机构 ${id} 不存在或不在您的管辖范围内`, en: `Command body ${id} not found in your scope` });
export const commandBodyNameTaken = (name: string) => conflict('COMMAND_BODY_NAME_TAKEN', { zh: `本地区已有名为“${name}”的指挥机构`, en: `The region already has a command body named ${name}` });
export const memberNotFound = (id: string) => notFound('COMMAND_MEMBER_NOT_FOUND', { zh: `成员单位 ${id} 不在该指挥机构中`, en: `Member ${id} is not in this command body` });
export const memberDuplicate = (unitName: string) => conflict('COMMAND_MEMBER_DUPLICATE', { zh: `${unitName} 已是该指挥机构的成员单位`, en: `${unitName} is already a member of this command body` });
export const orgUnitNotFound = (id: string) => notFound('ORG_UNIT_NOT_FOUND', { zh: `单位 ${id} 不存在或不在您的管辖范围内`, en: `Organisation unit ${id} not found in your scope` });
export const memberOutsideRegion = (unitName: string) =>
  ruleViolation('COMMAND_MEMBER_OUTSIDE_REGION', { zh: `${unitName} 不在该指挥机构所在地区（含下辖地区）`, en: `${unitName} is outside the command body's region` });
export const incidentTypeUnknown = (key: string) => ruleViolation('INCIDENT_TYPE_UNKNOWN', { zh: `事件类型 ${key} 不存在`, en: `Unknown incident type ${key}` });
export const regionNotFound = (code: string) => notFound('REGION_NOT_FOUND', { zh: `行政区划 ${code} 不存在或不在您的管辖范围内`, en: `Region ${code} not found in your scope` });

export const shiftNotFound = (id: string) => notFound('DUTY_SHIFT_NOT_FOUND', { zh: `值班班次 ${id} 不存在或不在您的管辖范围内`, en: `Duty shift ${id} not found in your scope` });
export const shiftTimesInvalid = (problem: 'order' | 'too_long') =>
  ruleViolation(
    'DUTY_SHIFT_TIMES_INVALID',
    problem === 'order' ? { zh: '班次结束时间应晚于开始时间', en: 'A shift must end after it starts' } : { zh: '一个班次最长 72 小时', en: 'A shift lasts at most 72 hours' },
    { problem },
  );
export const shiftOverlap = (otherId: string, startsAt: string, endsAt: string) =>
  conflict('DUTY_SHIFT_OVERLAP', { zh: `与已排班次（${startsAt} 至 ${endsAt}）时间重叠`, en: `Overlaps the shift from ${startsAt} to ${endsAt}` }, { shiftId: otherId, startsAt, endsAt });
export const shiftHandedOver = (id: string) => conflict('DUTY_SHIFT_HANDED_OVER', { zh: `班次 ${id} 已交班，不能再修改或重复交班`, en: `Shift ${id} has been handed over` });
export const shiftStarted = (id: string) => conflict('DUTY_SHIFT_STARTED', { zh: `班次 ${id} 已开始，不能删除`, en: `Shift ${id} has started and cannot be removed` });
export const shiftNotStarted = (id: string) => conflict('DUTY_SHIFT_NOT_STARTED', { zh: `班次 ${id} 尚未开始，不能交班`, en: `Shift ${id} has not started yet` });
export const userNotFound = (id: string) => notFound('USER_NOT_FOUND', { zh: `用户 ${id} 不存在或不在您的管辖范围内`, en: `User ${id} not found in your scope` });
export const dutyPersonIncomplete = (which: string) =>
  ruleViolation('DUTY_PERSON_INCOMPLETE', { zh: `${which}：请选择用户或填写姓名和电话（该用户未登记电话时须填写电话）`, en: `${which}: choose a user or give a name and phone (a phone is needed when the account has none)` }, { person: which });
