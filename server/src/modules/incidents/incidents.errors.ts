import type { IncidentStatus, IncidentTaskStatus } from '@shouwang/contracts';
import { conflict, notFound, ruleViolation } from '../../foundation/http/errors.js';
import type { StageProblem } from './report-deadlines.js';

export const incidentNotFound = (id: string) => notFound('INCIDENT_NOT_FOUND', { zh: `突发事件 ${id} 不存在或不在您的管辖范围内`, en: `Incident ${id} not found in your scope` });
export const regionNotFound = (code: string) => notFound('REGION_NOT_FOUND', { zh: `行政区划 ${code} 不存在或不在您的管辖范围内`, en: `Region ${code} not found in your scope` });
export const incidentTypeUnknown = (key: string) => ruleViolation('INCIDENT_TYPE_UNKNOWN', { zh: `事件类型 ${key} 不存在`, en: `Unknown incident type ${key}` });
export const sourceNotFound = (kind: string, id: string) =>
  notFound('INCIDENT_SOURCE_NOT_FOUND', { zh: `${kind === 'alarm' ? '报警' : '预警'} ${id} 不存在或不在您的管辖范围内`, en: `${kind === 'alarm' ? 'Alarm' : 'Warning'} ${id} not found in your scope` });
export const sourceTaken = (alarmId: string) => conflict('INCIDENT_SOURCE_TAKEN', { zh: `报警 ${alarmId} 已转为突发事件`, en: `Alarm ${alarmId} has already become an incident` });
export const timeInvalid = (problem: 'received_in_future' | 'occurred_after_received') =>
  ruleViolation(
    'INCIDENT_TIME_INVALID',
    problem === 'received_in_future' ? { zh: '接报时间不能晚于当前时间', en: 'The time received cannot be in the future' } : { zh: '事发时间不能晚于接报时间', en: 'The incident cannot occur after it was reported' },
    { problem },
  );
export const gradeBelowRule = (computed: number, assessed: number) =>
  ruleViolation(
    'INCIDENT_GRADE_BELOW_RULE',
    { zh: `按伤亡和损失应定为${['', '特别重大', '重大', '较大', '一般'][computed]}，研判等级不能低于此等级`, en: `The figures make it grade ${computed}; an assessed grade cannot be lower` },
    { computed, assessed },
  );

const STATUS_ZH: Record<IncidentStatus, string> = { active: '处置中', ended: '处置结束、待终报', closed: '已终报' };
export const incidentStatusInvalid = (status: IncidentStatus, action: { zh: string; en: string }) =>
  conflict('INCIDENT_STATUS_INVALID', { zh: `事件当前状态为“${STATUS_ZH[status]}”，不能${action.zh}`, en: `Cannot ${action.en} an incident whose status is ${status}` }, { status });

const STAGE_PROBLEM: Record<StageProblem, { zh: string; en: string }> = {
  initial_done: { zh: '初报已报送（电话初报后只能再报书面初报）', en: 'the initial report has already been made' },
  initial_missing: { zh: '请先报送初报', en: 'make the initial report first' },
  not_active: { zh: '事件处置已结束，请报送终报', en: 'the emergency is over: make the final report' },
  not_ended: { zh: '终报须在应急处置结束后报送', en: 'the final report follows the end of the emergency' },
  closed: { zh: '事件已终报', en: 'the final report has been made' },
};
export const reportStageInvalid = (problem: StageProblem) =>
  conflict('REPORT_STAGE_INVALID', { zh: `不能报送：${STAGE_PROBLEM[problem].zh}`, en: `Cannot report: ${STAGE_PROBLEM[problem].en}` }, { problem });
export const reportSignOffRequired = () => ruleViolation('REPORT_SIGN_OFF_REQUIRED', { zh: '书面报告须填写签发人', en: 'A written report needs the name of who signed it off' });
export const reportTimeInvalid = () => ruleViolation('REPORT_TIME_INVALID', { zh: '上报时间应在接报之后、且不晚于当前时间', en: 'A report is made after the incident was received and not in the future' });

export const commandBodyNotFound = (id: string) => notFound('COMMAND_BODY_NOT_FOUND', { zh: `指挥机构 ${id} 不存在或不适用于该事件所在地区`, en: `Command body ${id} not found for the incident's region` });
export const noCommandBody = () =>
  ruleViolation('RESPONSE_NO_COMMAND_BODY', { zh: '事发地区及其上级地区均未设立应急指挥部，请先在值班管理中设立指挥机构', en: 'Neither the region nor any region above it has a command body' });
export const responseAlreadyActive = () => conflict('RESPONSE_ALREADY_ACTIVE', { zh: '该事件已启动应急响应，请调整响应级别', en: 'A response is already active: change its level instead' });
export const responseNotActive = () => conflict('RESPONSE_NOT_ACTIVE', { zh: '该事件没有正在进行的应急响应', en: 'The incident has no active response' });
export const responseLevelUnchanged = (level: number) => conflict('RESPONSE_LEVEL_UNCHANGED', { zh: `响应级别已是${['', '一', '二', '三', '四'][level]}级`, en: `The response is already at level ${level}` });
export const responseStillActive = () => conflict('INCIDENT_RESPONSE_ACTIVE', { zh: '应急响应尚未终止：请终止响应以结束处置', en: 'Terminate the response to end the emergency' });

export const taskNotFound = (id: string) => notFound('TASK_NOT_FOUND', { zh: `任务 ${id} 不存在`, en: `Task ${id} not found` });
export const taskStatusInvalid = (from: IncidentTaskStatus, to: IncidentTaskStatus) =>
  conflict('TASK_STATUS_INVALID', { zh: `任务状态不能由“${TASK_ZH[from]}”改为“${TASK_ZH[to]}”`, en: `A task cannot go from ${from} to ${to}` }, { from, to });
export const TASK_ZH: Record<IncidentTaskStatus, string> = { pending: '待办', in_progress: '进行中', done: '已完成', cancelled: '已取消' };
export const orgUnitNotFound = (id: string) => notFound('ORG_UNIT_NOT_FOUND', { zh: `单位 ${id} 不存在或不在您的管辖范围内`, en: `Organisation unit ${id} not found in your scope` });
