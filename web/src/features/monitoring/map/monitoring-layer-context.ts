/**
 * What the monitoring layer needs from the page that hosts it: a structural subset of the one map's
 * context, so this feature does not depend on the one-map feature.
 */
export interface MonitoringLayerContext {
  region: { code: string } | null;
  permissions: readonly string[];
  reportLayerError: (layerId: string, error: unknown) => void;
}
