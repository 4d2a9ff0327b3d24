/**
 * What the incident layers need from the page that hosts them: a structural subset of the one map's
 * context, so this feature does not depend on the one-map feature.
 */
export interface IncidentLayerContext {
  region: { code: string } | null;
  permissions: readonly string[];
  reportLayerError: (layerId: string, error: unknown) => void;
}

export const INCIDENTS_LAYER_GROUP = { id: 'incidents', title: { zh: '应急处置', en: 'Incident response' }, order: 12 };
export const INCIDENTS_LAYER_ID = 'incidents.open';
export const DISPATCHED_LAYER_ID = 'incidents.dispatched';
export const FIRE_COVERAGE_LAYER_ID = 'incidents.fire-coverage';
