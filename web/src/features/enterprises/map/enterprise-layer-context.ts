/** A structural subset of the one map's context, so this feature does not depend on the one-map feature. */
export interface EnterpriseLayerContext {
  region: { code: string } | null;
  permissions: readonly string[];
  reportLayerError: (layerId: string, error: unknown) => void;
}
