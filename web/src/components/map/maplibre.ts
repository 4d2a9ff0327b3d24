import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// After bundling, MapLibre cannot find its worker next to its own chunk, so point it at the emitted asset.
maplibregl.setWorkerUrl(workerUrl);

export { maplibregl };
export type { LngLatBoundsLike, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
