import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Enterprise, EnterpriseCreate, EnterpriseDetail, EnterpriseUpdate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { translateUniqueViolation } from '../../foundation/db/unique-violation.js';
import { enterpriseNotFound, usccInvalid, usccTaken } from './enterprises.errors.js';
import { enterprisesDb, enterprisesRepository as repo, type E, type EnterpriseFilter } from './enterprises.repository.js';
import { checkUscc } from './uscc.js';

type Create = z.output<typeof EnterpriseCreate>;
type Update = z.output<typeof EnterpriseUpdate>;

function checkCode(uscc: string) {
  const check = checkUscc(uscc);
  if (!check.ok) throw usccInvalid(uscc, check.problem);
}

const uniqueUscc = <T>(uscc: string, write: Promise<T>) => translateUniqueViolation(write, 'enterprises_uscc_uq', () => usccTaken(uscc));

/** The enterprise register (B1): who operates where, in which industry, and who answers for safety. */
export function createEnterprisesService(deps: { data: DataLayer }) {
  const { data } = deps;
  const read = (actor: Actor) => {
    requirePermission(actor, 'enterprise.read');
    return enterprisesDb(data.read(actor));
  };
  const manage = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>) => {
    requirePermission(actor, 'enterprise.manage');
    return data.write(actor, work);
  };
  async function enterpriseIn(db: E, id: string) {
    const e = await repo.getEnterprise(db, id);
    if (!e) throw enterpriseNotFound(id);
    return e;
  }

  async function insert(uow: UnitOfWork, input: Create): Promise<Enterprise> {
    checkCode(input.uscc);
    const db = enterprisesDb(uow.db);
    const id = randomUUID();
    await uniqueUscc(
      input.uscc,
      db
        .insertInto('enterprises')
        .values({
          id,
          name: input.name,
          uscc: input.uscc,
          industry: input.industry,
          region_code: input.regionCode,
          lon: input.lon,
          lat: input.lat,
          address: input.address,
          principal_name: input.principal.name,
          principal_phone: input.principal.phone,
          safety_manager_name: input.safetyManager.name,
          safety_manager_phone: input.safetyManager.phone,
          risk_grade: input.riskGrade ?? null,
          created_at: uow.now,
          updated_at: uow.now,
        })
        .execute(),
    );
    const enterprise = await enterpriseIn(db, id);
    uow.audit({ action: 'enterprise.created', entity: 'enterprise', entityId: id, regionCode: enterprise.regionCode, after: enterprise });
    uow.emit('enterprises.enterprise-changed', enterprise.regionCode, { id, change: 'created' });
    return enterprise;
  }

  async function patch(uow: UnitOfWork, id: string, p: Update): Promise<Enterprise> {
    if (p.uscc !== undefined) checkCode(p.uscc);
    const db = enterprisesDb(uow.db);
    const before = await enterpriseIn(db, id);
    await uniqueUscc(
      p.uscc ?? before.uscc,
      db
        .updateTable('enterprises')
        .set({
          ...(p.name !== undefined && { name: p.name }),
          ...(p.uscc !== undefined && { uscc: p.uscc }),
          ...(p.industry !== undefined && { industry: p.industry }),
          ...(p.regionCode !== undefined && { region_code: p.regionCode }),
          ...(p.lon !== undefined && { lon: p.lon }),
          ...(p.lat !== undefined && { lat: p.lat }),
          ...(p.address !== undefined && { address: p.address }),
          ...(p.principal !== undefined && { principal_name: p.principal.name, principal_phone: p.principal.phone }),
          ...(p.safetyManager !== undefined && { safety_manager_name: p.safetyManager.name, safety_manager_phone: p.safetyManager.phone }),
          ...(p.riskGrade !== undefined && { risk_grade: p.riskGrade }),
          updated_at: uow.now,
        })
        .where('id', '=', id)
        .execute(),
    );
    if (p.regionCode !== undefined && p.regionCode !== before.regionCode) {
      // Hazard sources and their people follow the enterprise, so whoever sees it sees all of it.
      const sourceIds = db.selectFrom('enterprises_hazard_sources').select('id').where('enterprise_id', '=', id);
      await db.updateTable('enterprises_hazard_persons').set({ region_code: p.regionCode }).where('hazard_source_id', 'in', sourceIds).execute();
      await db.updateTable('enterprises_hazard_sources').set({ region_code: p.regionCode }).where('enterprise_id', '=', id).execute();
    }
    const after = await enterpriseIn(db, id);
    uow.audit({ action: 'enterprise.updated', entity: 'enterprise', entityId: id, regionCode: after.regionCode, before, after });
    uow.emit('enterprises.enterprise-changed', after.regionCode, { id, change: 'updated' });
    return after;
  }

  return {
    insert,
    list: (actor: Actor, f: EnterpriseFilter & { limit: number; offset: number }) => repo.listEnterprises(read(actor), f),
    async get(actor: Actor, id: string): Promise<EnterpriseDetail> {
      const db = read(actor);
      const enterprise = await enterpriseIn(db, id);
      return { ...enterprise, hazardSources: await repo.sourcesOf(db, id) };
    },
    create: (actor: Actor, input: Create) => manage(actor, (uow) => insert(uow, input)),
    update: (actor: Actor, id: string, p: Update) => manage(actor, (uow) => patch(uow, id, p)),
  };
}

export type EnterprisesService = ReturnType<typeof createEnterprisesService>;
