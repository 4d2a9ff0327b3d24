import type { z } from 'zod';
import { isItemId, type DispatchStatus, type LocatableKind, type NearbyHit, type NearbyKind, type NearbyQuery, type NearbyResult, type SupplyRef } from '@shouwang/contracts';
import { requirePermission, type Actor } from '../../../foundation/auth/actor.js';
import type { DataLayer } from '../../../foundation/db/data-layer.js';
import type { ResourcesModule } from '../../resources/index.js';
import { incidentNotFound } from '../incidents.errors.js';
import { incidentsDb, incidentsRepository as repo } from '../incidents.repository.js';
import { isOpenDispatch, km } from './dispatch-rules.js';
import { dispatchDb, dispatchRepository } from './dispatch.repository.js';
import { incidentNoLocation } from './dispatch.errors.js';

export type DispatchResources = Pick<ResourcesModule, 'locator' | 'teams' | 'stock'>;

const LOCATABLE: Record<NearbyKind, LocatableKind> = { team: 'team', supply: 'warehouse', shelter: 'shelter' };

/**
 * The nearest available teams, warehouses holding a supply, or shelters with room, measured from the
 * incident, through the resources module's locator (region-scoped to the caller), each marked when it is
 * already dispatched to this incident.
 */
export function createNearby(deps: { data: DataLayer; resources: DispatchResources }) {
  const { data, resources } = deps;

  /** The item a `supply` parameter names: by id, or by code when exactly one catalogue item has it. */
  async function itemOf(actor: Actor, supply: string): Promise<SupplyRef | null> {
    if (isItemId(supply)) {
      const i = await resources.stock.getItem(actor, supply);
      return { id: i.id, code: i.code, name: i.name, unit: i.unit };
    }
    const { items } = await resources.stock.listItems(actor, { code: supply, limit: 2, offset: 0 });
    const only = items.length === 1 ? items[0]! : null;
    return only && { id: only.id, code: only.code, name: only.name, unit: only.unit };
  }

  return async function nearby(actor: Actor, incidentId: string, q: z.output<typeof NearbyQuery>): Promise<NearbyResult> {
    requirePermission(actor, 'incident.read');
    const db = data.read(actor);
    const incident = await repo.row(incidentsDb(db), incidentId);
    if (!incident) throw incidentNotFound(incidentId);
    if (incident.lon === null || incident.lat === null) throw incidentNoLocation();
    const item = q.kind === 'supply' && q.supply ? await itemOf(actor, q.supply) : null;
    const hits = await resources.locator.nearest(actor, {
      kind: LOCATABLE[q.kind],
      lon: incident.lon,
      lat: incident.lat,
      n: q.n,
      maxKm: q.maxKm,
      ...(q.kind === 'team' && { speciality: q.speciality, teamKind: q.teamKind, status: q.status }),
      ...(q.kind === 'supply' && { itemId: item?.id, supplyCode: item || !q.supply ? undefined : q.supply, minQuantity: q.minQuantity }),
      ...(q.kind === 'shelter' && { minFreeCapacity: q.minFreeCapacity }),
    });
    // What already went to this incident: open team dispatches by team, supply dispatches by warehouse.
    const sent = new Map<string, string[]>();
    for (const d of await dispatchRepository.ofIncident(dispatchDb(db), incidentId)) {
      const key = d.kind === 'team' ? (isOpenDispatch(d.status as DispatchStatus) ? d.team_id : null) : d.warehouse_id;
      if (key) sent.set(key, [...(sent.get(key) ?? []), d.id]);
    }
    const items: NearbyHit[] = hits.map(({ distanceMetres, ...h }) => ({ ...h, distanceKm: km(distanceMetres), dispatched: sent.has(h.id), dispatchIds: sent.get(h.id) ?? [] }));
    return { incident: { id: incident.id, lon: incident.lon, lat: incident.lat }, kind: q.kind, item, items };
  };
}
