import type { DispatchStatus, TeamStatus } from '@shouwang/contracts';
import { conflict, invalid, notFound, ruleViolation } from '../../../foundation/http/errors.js';
import { STEP_ZH } from './dispatch-rules.js';

const TEAM_STATUS_ZH: Record<TeamStatus, string> = { standby: '待命', deployed: '出动', resting: '休整', disbanded: '撤编' };

export const incidentNoLocation = () =>
  ruleViolation('INCIDENT_NO_LOCATION', { zh: '事发地点没有经纬度，无法计算就近资源：请先在事件信息中标注位置', en: 'The incident has no coordinates: set its location first' });
export const teamNotAvailable = (name: string, status: TeamStatus | 'on_dispatch') =>
  conflict(
    'TEAM_NOT_AVAILABLE',
    status === 'on_dispatch'
      ? { zh: `${name} 正在执行其他派遣任务，不能派遣`, en: `${name} is out on another dispatch` }
      : { zh: `${name} 当前状态为“${TEAM_STATUS_ZH[status]}”，只有待命的队伍可以派遣`, en: `${name} is ${status}: only a team on standby can be dispatched` },
    { status },
  );
export const dispatchNotFound = (id: string) => notFound('DISPATCH_NOT_FOUND', { zh: `派遣记录 ${id} 不存在`, en: `Dispatch ${id} not found` });
export const dispatchStatusInvalid = (kind: 'team' | 'supply', from: DispatchStatus, to: DispatchStatus) =>
  conflict('DISPATCH_STATUS_INVALID', { zh: `派遣状态不能由“${STEP_ZH[kind][from]}”改为“${STEP_ZH[kind][to]}”`, en: `A ${kind} dispatch cannot go from ${from} to ${to}` }, { from, to });
export const dispatchTimeInvalid = (problem: 'in_future' | 'before_previous') =>
  ruleViolation(
    'DISPATCH_TIME_INVALID',
    problem === 'in_future' ? { zh: '时间不能晚于当前时间', en: 'The time cannot be in the future' } : { zh: '时间不能早于上一环节的时间', en: 'The time cannot precede the previous step' },
    { problem },
  );
export const teamStatusAfterMisplaced = () =>
  invalid('DISPATCH_TEAM_STATUS_MISPLACED', { zh: '只有队伍返回或取消派遣时才能指定之后的队伍状态', en: 'teamStatusAfter only applies when a team returns or is called off' });
