import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Facility, FacilityCreate, FacilityUpdate } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../foundation/auth/actor.js';
import type { DataLayer, UnitOfWork } from '../../foundation/db/data-layer.js';
import { notFound, ruleViolation } from '../../foundation/http/errors.js';
import { registryDb, registryRepository as repo, toFacility, type R } from './registry.repository.js';

type Create = z.output<typeof FacilityCreate>;
type Update = z.output<typeof FacilityUpdate>;

const facilityNotFound = (id: string) => notFound('FACILITY_NOT_FOUND', { zh: `设施 ${id} 不存在或不在您的管辖范围内`, en: `Facility ${id} not found in your scope` });

/** Capacity and class only make sense for shelters, and a shelter cannot hold more than it has room for. */
function checkShelter(f: { kind: string; capacity: number | null; occupancy: number; shelterClass: string | null }) {
  if (f.kind === 'shelter' && f.capacity === null) {
    throw ruleViolation('SHELTER_CAPACITY_REQUIRED', { zh: '避难场所必须填写可容纳人数', en: 'A shelter needs its capacity (persons)' });
  }
  if (f.kind !== 'shelter' && (f.shelterClass !== null || f.occupancy > 0)) {
    throw ruleViolation('FACILITY_NOT_SHELTER', { zh: '只有避难场所才有避难场所类别和安置人数', en: 'Only shelters have a shelter class and occupancy' });
  }
  if (f.capacity !== null && f.occupancy > f.capacity) {
    throw ruleViolation('SHELTER_OVER_CAPACITY', { zh: `安置人数 ${f.occupancy} 超过可容纳人数 ${f.capacity}`, en: `Occupancy ${f.occupancy} exceeds capacity ${f.capacity}` }, { capacity: f.capacity, occupancy: f.occupancy });
  }
}

/** Shelters (应急避难场所) and other emergency facilities: helipads, water sources, fire stations, rescue bases (D5). */
export function createFacilitiesService(deps: { data: DataLayer; changed: (id: string) => Promise<void> }) {
  const { data } = deps;
  const read = (actor: Actor) => {
    requirePermission(actor, 'resource.read');
    return registryDb(data.read(actor));
  };
  const manage = async (actor: Actor, work: (uow: UnitOfWork) => Promise<Facility>) => {
    requirePermission(actor, 'resource.manage');
    const f = await data.write(actor, work);
    await deps.changed(f.id);
    return f;
  };
  async function facilityIn(db: R, id: string) {
    const row = await db.selectFrom('resources_facilities').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw facilityNotFound(id);
    return row;
  }

  async function insert(uow: UnitOfWork, f: Create): Promise<Facility> {
    const values = { capacity: f.capacity ?? null, occupancy: f.occupancy ?? 0, shelterClass: f.shelterClass ?? null };
    checkShelter({ kind: f.kind, ...values });
    const row = await registryDb(uow.db)
      .insertInto('resources_facilities')
      .values({
        id: randomUUID(),
        kind: f.kind,
        name: f.name,
        level: f.level,
        region_code: f.regionCode,
        lon: f.lon,
        lat: f.lat,
        address: f.address,
        manager: f.manager,
        phone: f.phone,
        shelter_class: values.shelterClass,
        capacity: values.capacity,
        occupancy: values.occupancy,
        area_m2: f.areaM2 ?? null,
        amenities: f.amenities,
        notes: f.notes,
        created_at: uow.now,
        updated_at: uow.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const facility = toFacility(row);
    uow.audit({ action: 'facility.created', entity: 'facility', entityId: facility.id, regionCode: facility.regionCode, after: facility });
    uow.emit('resources.facility-changed', facility.regionCode, { id: facility.id, kind: facility.kind, change: 'created' });
    return facility;
  }

  async function patch(uow: UnitOfWork, id: string, p: Update): Promise<Facility> {
    const db = registryDb(uow.db);
    const before = toFacility(await facilityIn(db, id));
    checkShelter({
      kind: p.kind ?? before.kind,
      capacity: p.capacity !== undefined ? p.capacity : before.capacity,
      occupancy: p.occupancy ?? before.occupancy,
      shelterClass: p.shelterClass !== undefined ? p.shelterClass : before.shelterClass,
    });
    const row = await db
      .updateTable('resources_facilities')
      .set({
        ...(p.kind !== undefined && { kind: p.kind }),
        ...(p.name !== undefined && { name: p.name }),
        ...(p.level !== undefined && { level: p.level }),
        ...(p.regionCode !== undefined && { region_code: p.regionCode }),
        ...(p.lon !== undefined && { lon: p.lon }),
        ...(p.lat !== undefined && { lat: p.lat }),
        ...(p.address !== undefined && { address: p.address }),
        ...(p.manager !== undefined && { manager: p.manager }),
        ...(p.phone !== undefined && { phone: p.phone }),
        ...(p.shelterClass !== undefined && { shelter_class: p.shelterClass }),
        ...(p.capacity !== undefined && { capacity: p.capacity }),
        ...(p.occupancy !== undefined && { occupancy: p.occupancy }),
        ...(p.areaM2 !== undefined && { area_m2: p.areaM2 }),
        ...(p.amenities !== undefined && { amenities: p.amenities }),
        ...(p.notes !== undefined && { notes: p.notes }),
        updated_at: uow.now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = toFacility(row);
    uow.audit({ action: 'facility.updated', entity: 'facility', entityId: id, regionCode: after.regionCode, before, after });
    uow.emit('resources.facility-changed', after.regionCode, { id, kind: after.kind, change: 'updated' });
    return after;
  }

  const findByName = async (uow: UnitOfWork, regionCode: string, kind: string, name: string) =>
    (await registryDb(uow.db).selectFrom('resources_facilities').select('id').where('region_code', '=', regionCode).where('kind', '=', kind).where('name', '=', name).executeTakeFirst())?.id;

  return {
    insert,
    patch,
    findByName,
    list: (actor: Actor, f: Parameters<typeof repo.listFacilities>[1]) => repo.listFacilities(read(actor), f),
    get: async (actor: Actor, id: string) => toFacility(await facilityIn(read(actor), id)),
    create: (actor: Actor, f: Create) => manage(actor, (uow) => insert(uow, f)),
    update: (actor: Actor, id: string, p: Update) => manage(actor, (uow) => patch(uow, id, p)),
    /** People arriving at or leaving a shelter. */
    setOccupancy: (actor: Actor, id: string, occupancy: number) => manage(actor, (uow) => patch(uow, id, { occupancy })),
  };
}

export type FacilitiesService = ReturnType<typeof createFacilitiesService>;
