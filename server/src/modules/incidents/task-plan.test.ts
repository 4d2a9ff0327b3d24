import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import templates from './data/task-templates.json' with { type: 'json' };
import { canMoveTask, planTasks, type MemberForPlan, type TaskTemplates } from './task-plan.js';

const at = new Date('2026-03-01T10:00:00+08:00');
const members: MemberForPlan[] = [
  { orgUnitId: 'em', unitName: '乌海市应急管理局', unitKind: 'emergency_bureau', role: 'office', duties: ['承担指挥部日常工作', '组织协调应急处置'] },
  { orgUnitId: 'fire', unitName: '乌海市消防救援支队', unitKind: 'fire_rescue', role: 'member', duties: ['灭火和抢险救援'] },
  { orgUnitId: 'police', unitName: '乌海市公安局', unitKind: 'public_security', role: 'member', duties: ['警戒和交通管制'] },
];

describe('response task plan', () => {
  it('the default template: every unit its duty list, the office its consultation', () => {
    const tasks = planTasks('earthquake', members, templates, at);
    assert.deepEqual(tasks.map((t) => [t.ownerUnitId, t.templateKey]), [
      ['em', 'default:duties'],
      ['em', 'default:office-consult'],
      ['fire', 'default:duties'],
      ['police', 'default:duties'],
    ]);
    assert.equal(tasks[0]!.detail, '1. 承担指挥部日常工作\n2. 组织协调应急处置');
    assert.equal(tasks[0]!.dueAt.toISOString(), '2026-03-01T03:00:00.000Z', '60 minutes after activation');
    assert.equal(tasks[1]!.dueAt.toISOString(), '2026-03-01T02:30:00.000Z');
  });

  it('an incident type with its own template uses it, matched by unit kind', () => {
    const tasks = planTasks('hazchem', members, templates, at);
    assert.deepEqual(tasks.map((t) => [t.ownerUnitId, t.templateKey]), [
      ['em', 'hazchem:duties'],
      ['em', 'hazchem:office-consult'],
      ['fire', 'hazchem:duties'],
      ['fire', 'hazchem:fire-rescue'],
      ['police', 'hazchem:duties'],
      ['police', 'hazchem:cordon'],
    ]);
  });

  it('no members, no tasks', () => {
    assert.deepEqual(planTasks('hazchem', [], templates as TaskTemplates, at), []);
  });

  it('task status moves forward only', () => {
    assert.equal(canMoveTask('pending', 'in_progress'), true);
    assert.equal(canMoveTask('pending', 'done'), true);
    assert.equal(canMoveTask('in_progress', 'cancelled'), true);
    assert.equal(canMoveTask('in_progress', 'pending'), false);
    assert.equal(canMoveTask('done', 'in_progress'), false);
    assert.equal(canMoveTask('cancelled', 'pending'), false);
    assert.equal(canMoveTask('done', 'done'), true, 'a note on a done task keeps its status');
  });
});
