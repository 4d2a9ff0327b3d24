import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Expert, ExpertCreate, ExpertUpdate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { notFound } from '../../foundation/http/errors.js';
import { registryDb, registryRepository as repo, toExpert, type R } from './registry.repository.js';

type Create = z.output<typeof ExpertCreate>;
type Update = z.output<typeof ExpertUpdate>;

const expertNotFound = (id: string) => notFound('EXPERT_NOT_FOUND', { zh: `专家 ${id} 不存在或不在您的管辖范围内`, en: `Expert ${id} not found in your scope` });

/** The expert pool (专家库): who can advise on what, and how to reach them. */
export function createExpertsService(deps: { data: DataLayer }) {
  const { data } = deps;
  const read = (actor: Actor) => {
    requirePermission(actor, 'resource.read');
    return registryDb(data.read(actor));
  };
  const manage = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>) => {
    requirePermission(actor, 'resource.manage');
    return data.write(actor, work);
  };
  async function expertIn(db: R, id: string) {
    const row = await db.selectFrom('resources_experts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw expertNotFound(id);
    return row;
  }

  async function insert(uow: UnitOfWork, e: Create): Promise<Expert> {
    const row = await registryDb(uow.db)
      .insertInto('resources_experts')
      .values({ id: randomUUID(), name: e.name, fields: e.fields, title: e.title, organisation: e.organisation, phone: e.phone, email: e.email ?? null, region_code: e.regionCode, available: e.available, created_at: uow.now, updated_at: uow.now })
      .returningAll()
      .executeTakeFirstOrThrow();
    const expert = toExpert(row);
    uow.audit({ action: 'expert.created', entity: 'expert', entityId: expert.id, regionCode: expert.regionCode, after: expert });
    return expert;
  }

  async function patch(uow: UnitOfWork, id: string, p: Update): Promise<Expert> {
    const db = registryDb(uow.db);
    const before = toExpert(await expertIn(db, id));
    const row = await db
      .updateTable('resources_experts')
      .set({
        ...(p.name !== undefined && { name: p.name }),
        ...(p.fields !== undefined && { fields: p.fields }),
        ...(p.title !== undefined && { title: p.title }),
        ...(p.organisation !== undefined && { organisation: p.organisation }),
        ...(p.phone !== undefined && { phone: p.phone }),
        ...(p.email !== undefined && { email: p.email }),
        ...(p.regionCode !== undefined && { region_code: p.regionCode }),
        ...(p.available !== undefined && { available: p.available }),
        updated_at: uow.now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = toExpert(row);
    uow.audit({ action: 'expert.updated', entity: 'expert', entityId: id, regionCode: after.regionCode, before, after });
    return after;
  }

  const findByName = async (uow: UnitOfWork, regionCode: string, name: string, phone: string) =>
    (await registryDb(uow.db).selectFrom('resources_experts').select('id').where('region_code', '=', regionCode).where('name', '=', name).where('phone', '=', phone).executeTakeFirst())?.id;

  return {
    insert,
    patch,
    findByName,
    list: (actor: Actor, f: Parameters<typeof repo.listExperts>[1]) => repo.listExperts(read(actor), f),
    get: async (actor: Actor, id: string) => toExpert(await expertIn(read(actor), id)),
    create: (actor: Actor, e: Create) => manage(actor, (uow) => insert(uow, e)),
    update: (actor: Actor, id: string, p: Update) => manage(actor, (uow) => patch(uow, id, p)),
  };
}

export type ExpertsService = ReturnType<typeof createExpertsService>;
