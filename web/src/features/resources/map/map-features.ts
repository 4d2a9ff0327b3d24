import type { FeatureCollection, Speciality } from '@shouwang/contracts';
import type { FeatureCollection as GeoJsonCollection } from 'geojson';
import { compactCount } from './resource-icons';
import type { LayerView, ResourcePoint } from './resource-map-state';

const byName = new Intl.Collator('zh-CN');

/** Points listed beside the map at most; the count comes from the server's total. */
const MAX_LISTED = 500;

/** The server's collection as source data: clusters get a short count label for their image. */
export function toSourceData(collection: FeatureCollection): GeoJsonCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: f.properties.cluster ? { ...f.properties, countLabel: compactCount(f.properties.count) } : f.properties,
    })),
  };
}

const splitSpecialities = (value: string | undefined): Speciality[] =>
  value ? (value.split(',').filter(Boolean) as Speciality[]) : [];

export function toLayerView(collection: FeatureCollection): LayerView {
  const points: ResourcePoint[] = [];
  for (const f of collection.features) {
    if (f.properties.cluster || points.length >= MAX_LISTED) continue;
    points.push({
      kind: f.properties.kind,
      id: f.properties.id,
      name: f.properties.name,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
      status: f.properties.status,
      specialities: splitSpecialities(f.properties.specialities),
    });
  }
  points.sort((a, b) => byName.compare(a.name, b.name));
  return { loading: false, error: false, total: collection.total, clustered: collection.clustered, points };
}

export const EMPTY_COLLECTION: GeoJsonCollection = { type: 'FeatureCollection', features: [] };
