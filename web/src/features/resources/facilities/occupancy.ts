import type { Facility } from '@shouwang/contracts';

/** Share of a shelter's places in use, 0–100; 0 for kinds without a capacity. */
export function occupancyPercent(facility: Pick<Facility, 'capacity' | 'occupancy'>): number {
  if (!facility.capacity) return 0;
  return Math.min(100, Math.round((facility.occupancy / facility.capacity) * 100));
}

export const freePlaces = (facility: Pick<Facility, 'capacity' | 'occupancy'>): number | null =>
  facility.capacity === null ? null : Math.max(0, facility.capacity - facility.occupancy);
