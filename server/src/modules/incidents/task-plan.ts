import type { CommandMemberRole, IncidentTaskStatus, OrgUnit } from '@shouwang/contracts';

/** One line of a response template (data/task-templates.json). */
export type TemplateEntry = { key: string; match?: { roles?: string[]; unitKinds?: string[] }; title: string; detail: string; dueMinutes: number };
export type TaskTemplates = { default: TemplateEntry[]; byType: Record<string, TemplateEntry[] | undefined> };
export type MemberForPlan = { orgUnitId: string; unitName: string; unitKind: OrgUnit['kind']; role: CommandMemberRole; duties: string[] };
export type PlannedTask = { ownerUnitId: string; ownerUnitName: string; title: string; detail: string; dueAt: Date; templateKey: string };

const applies = (e: TemplateEntry, m: MemberForPlan) =>
  (!e.match?.roles || e.match.roles.includes(m.role)) && (!e.match?.unitKinds || e.match.unitKinds.includes(m.unitKind));

/**
 * The task list a response starts with: for each member unit of the command body, every entry of the
 * incident type's template (or the default one) that matches the unit's role and kind. Pure.
 */
export function planTasks(typeKey: string, members: readonly MemberForPlan[], templates: TaskTemplates, activatedAt: Date): PlannedTask[] {
  const own = templates.byType[typeKey];
  const [name, entries] = own ? [typeKey, own] : ['default', templates.default];
  return members.flatMap((m) =>
    entries
      .filter((e) => applies(e, m))
      .map((e) => ({
        ownerUnitId: m.orgUnitId,
        ownerUnitName: m.unitName,
        title: e.title,
        detail: e.detail.replaceAll('{duties}', m.duties.map((d, i) => `${i + 1}. ${d}`).join('\n')),
        dueAt: new Date(activatedAt.getTime() + e.dueMinutes * 60_000),
        templateKey: `${name}:${e.key}`,
      })),
  );
}

/** Task status: pending → in_progress → done; pending or in_progress → cancelled; done and cancelled are final. */
const NEXT: Record<IncidentTaskStatus, readonly IncidentTaskStatus[]> = {
  pending: ['in_progress', 'done', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};
export const canMoveTask = (from: IncidentTaskStatus, to: IncidentTaskStatus) => from === to || NEXT[from].includes(to);
export const taskIsOpen = (s: IncidentTaskStatus) => s === 'pending' || s === 'in_progress';
