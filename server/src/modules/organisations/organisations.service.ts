import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { OrgUnit, OrgUnitCreate, OrgUnitUpdate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { notFound, ruleViolation } from '../../foundation/http/errors.js';
import { orgDb, organisationsRepository as repo, toOrgUnit } from './organisations.repository.js';

const orgCycle = (id: string) => ruleViolation('ORG_UNIT_CYCLE', { zh: `单位 ${id} 不能隶属于自己或自己的下级单位`, en: `Organisation unit ${id} cannot sit under itself or its own sub-units` });
const orgNotFound = (id: string) => notFound('ORG_UNIT_NOT_FOUND', { zh: `单位 ${id} 不存在或不在您的管辖范围内`, en: `Organisation unit ${id} not found in your scope` });

/** Organisation units (应急管理局, 消防救援支队, 水利局, …) that people, duties and resources belong to. */
export function createOrganisationsService(deps: { data: DataLayer }) {
  const { data } = deps;

  async function list(actor: Actor, f: { regionCode?: string | undefined; kind?: string | undefined; q?: string | undefined; limit: number; offset: number }) {
    requirePermission(actor, 'org.read');
    return repo.list(orgDb(data.read(actor)), f);
  }

  async function get(actor: Actor, id: string): Promise<OrgUnit> {
    requirePermission(actor, 'org.read');
    const row = await repo.get(orgDb(data.read(actor)), id);
    if (!row) throw orgNotFound(id);
    return toOrgUnit(row);
  }

  async function create(actor: Actor, input: z.infer<typeof OrgUnitCreate>): Promise<OrgUnit> {
    requirePermission(actor, 'org.manage');
    return data.write(actor, async (uow) => {
      const db = orgDb(uow.db);
      if (input.parentId && !(await repo.get(db, input.parentId))) throw orgNotFound(input.parentId);
      const row = await repo.insert(db, {
        id: randomUUID(),
        name: input.name,
        kind: input.kind,
        region_code: input.regionCode,
        parent_id: input.parentId ?? null,
        phone: input.phone ?? null,
        created_at: uow.now,
        updated_at: uow.now,
      });
      const unit = toOrgUnit(row);
      uow.audit({ action: 'org-unit.created', entity: 'org_unit', entityId: unit.id, regionCode: unit.regionCode, after: unit });
      uow.emit('organisations.org-unit-created', unit.regionCode, { id: unit.id, name: unit.name, kind: unit.kind });
      return unit;
    });
  }

  async function update(actor: Actor, id: string, patch: z.infer<typeof OrgUnitUpdate>): Promise<OrgUnit> {
    requirePermission(actor, 'org.manage');
    return data.write(actor, async (uow) => {
      const db = orgDb(uow.db);
      const before = await repo.get(db, id);
      if (!before) throw orgNotFound(id);
      if (patch.parentId) {
        if (!(await repo.get(db, patch.parentId))) throw orgNotFound(patch.parentId);
        // Walk up from the new parent: meeting this unit would make it its own ancestor.
        for (let up: string | null = patch.parentId, hops = 0; up; hops++) {
          if (up === id || hops > 50) throw orgCycle(id);
          up = (await repo.get(db, up))?.parent_id ?? null;
        }
      }
      const row = await repo.update(db, id, {
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.kind !== undefined && { kind: patch.kind }),
        ...(patch.regionCode !== undefined && { region_code: patch.regionCode }),
        ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
        ...(patch.phone !== undefined && { phone: patch.phone }),
        updated_at: uow.now,
      });
      if (!row) throw orgNotFound(id);
      const unit = toOrgUnit(row);
      uow.audit({ action: 'org-unit.updated', entity: 'org_unit', entityId: id, regionCode: unit.regionCode, before: toOrgUnit(before), after: unit });
      uow.emit('organisations.org-unit-updated', unit.regionCode, { id, name: unit.name });
      return unit;
    });
  }

  /**
   * For other modules: the region of a unit the actor can see, or null. Inside a caller's unit of work
   * pass it, so the read joins that transaction (PGlite has one connection; a second one would wait forever).
   */
  async function regionOf(actor: Actor, id: string, uow?: UnitOfWork): Promise<string | null> {
    const row = await repo.get(orgDb(uow?.db ?? data.read(actor)), id);
    return row?.region_code ?? null;
  }

  async function names(ids: string[]): Promise<Map<string, string>> {
    const rows = await Promise.all(ids.map((id) => repo.get(orgDb(data.system), id)));
    return new Map(rows.filter((r) => !!r).map((r) => [r.id, r.name]));
  }

  return { list, get, create, update, regionOf, names };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
