import type { GeoJSON } from 'geojson';
import type { AddLayerObject, DistributiveOmit, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

type SourcedLayer = Extract<AddLayerObject, { source: string }>;
export type GeoJsonStyleLayer = DistributiveOmit<SourcedLayer, 'source'>;

export interface GeoJsonLayerOptions {
  sourceId: string;
  /** A URL (fetched by the MapLibre worker) or the data itself. */
  data: string | GeoJSON;
  layers: GeoJsonStyleLayer[];
  beforeId?: string;
  /** Feature property to use as id, needed for feature-state. */
  promoteId?: string;
  attribution?: string;
}

export interface GeoJsonLayerHandle {
  layerIds: string[];
  /** Resolves once the worker has indexed the new data. */
  setData(data: string | GeoJSON): Promise<void>;
  setVisible(visible: boolean): void;
  remove(): void;
}

/** Adds one GeoJSON source with its style layers and gives back a handle that cleans up both. */
export function addGeoJsonLayer(map: MapLibreMap, options: GeoJsonLayerOptions): GeoJsonLayerHandle {
  map.addSource(options.sourceId, {
    type: 'geojson',
    data: options.data,
    ...(options.promoteId ? { promoteId: options.promoteId } : {}),
    ...(options.attribution ? { attribution: options.attribution } : {}),
  });
  for (const layer of options.layers) {
    map.addLayer({ ...layer, source: options.sourceId }, options.beforeId);
  }
  const layerIds = options.layers.map((l) => l.id);
  return {
    layerIds,
    setData: async (data) => {
      await map.getSource<GeoJSONSource>(options.sourceId)?.setData(data);
    },
    setVisible: (visible) => {
      for (const id of layerIds) {
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
      }
    },
    remove: () => {
      for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(options.sourceId)) map.removeSource(options.sourceId);
    },
  };
}
