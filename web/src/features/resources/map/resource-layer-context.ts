/**
 * What the resource layers need from the page that hosts them. A structural subset of the one map's
 * context, so this module does not depend on the one-map feature.
 */
export interface ResourceLayerContext {
  permissions: readonly string[];
  /** For failures after the layer was added, e.g. a viewport reload. */
  reportLayerError: (layerId: string, error: unknown) => void;
}
