import type { Map as MapLibreMap } from 'maplibre-gl';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface MapLayerGroup {
  id: string;
  title: LocalizedText;
  /** Position in the layer panel, ascending. */
  order: number;
}

/**
 * Drawing bands, bottom to top. A layer's `zIndex` picks its place independently of when it is
 * registered or switched on, so modules can be added in any order.
 */
export const MAP_Z = {
  basemap: 0,
  boundaries: 100,
  areas: 300,
  facilities: 500,
  live: 800,
  alerts: 900,
} as const;

export interface MapLayerAddOptions {
  /** Insert style layers before this id (`map.addLayer(spec, beforeId)`) to respect `zIndex`. */
  beforeId: string;
  /** Aborted when the layer is removed before `add` finished, e.g. a quick toggle. */
  signal: AbortSignal;
}

/** What a mounted layer gives back; it owns whatever it added to the map. */
export interface MapLayerHandle<TContext> {
  /** The page context changed (selected region, language, …). Re-filter or reload here. */
  update?(ctx: TContext): void;
  /**
   * Cheap toggle for layers that are costly to rebuild. Without it, hiding removes the layer and
   * showing adds it again, which is right for data that loads per viewport.
   */
  setVisible?(visible: boolean): void;
  remove(): void;
}

export interface MapLayerDefinition<TContext> {
  /** Unique and stable: it is the key for persisted visibility. */
  id: string;
  group: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** CSS colour for the swatch in the layer panel. */
  legendColor?: string;
  defaultVisible: boolean;
  zIndex: number;
  /** E.g. a permission check; unavailable layers are neither listed nor added. */
  isAvailable?: (ctx: TContext) => boolean;
  add(map: MapLibreMap, ctx: TContext, options: MapLayerAddOptions): MapLayerHandle<TContext> | Promise<MapLayerHandle<TContext>>;
}

export interface MapLayerGroupEntry<TContext> {
  group: MapLayerGroup;
  layers: MapLayerDefinition<TContext>[];
}

/** Type helper so a module can declare a layer with full inference of its context. */
export const defineMapLayer = <TContext>(definition: MapLayerDefinition<TContext>): MapLayerDefinition<TContext> =>
  definition;

export class MapLayerRegistry<TContext> {
  private readonly groupsById = new Map<string, MapLayerGroup>();
  private readonly definitions: MapLayerDefinition<TContext>[] = [];

  constructor(groups: MapLayerGroup[] = [], layers: MapLayerDefinition<TContext>[] = []) {
    groups.forEach((group) => this.registerGroup(group));
    this.register(...layers);
  }

  registerGroup(group: MapLayerGroup): this {
    if (this.groupsById.has(group.id)) throw new Error(`map layer group "${group.id}" is registered twice`);
    this.groupsById.set(group.id, group);
    return this;
  }

  register(...layers: MapLayerDefinition<TContext>[]): this {
    for (const layer of layers) {
      if (this.definitions.some((d) => d.id === layer.id)) throw new Error(`map layer "${layer.id}" is registered twice`);
      if (!this.groupsById.has(layer.group)) throw new Error(`map layer "${layer.id}" uses unknown group "${layer.group}"`);
      this.definitions.push(layer);
    }
    return this;
  }

  get(id: string): MapLayerDefinition<TContext> | undefined {
    return this.definitions.find((d) => d.id === id);
  }

  /** Bottom to top: by zIndex, then registration order. */
  layers(ctx?: TContext): MapLayerDefinition<TContext>[] {
    return this.definitions
      .map((definition, index) => ({ definition, index }))
      .filter(({ definition }) => ctx === undefined || (definition.isAvailable?.(ctx) ?? true))
      .sort((a, b) => a.definition.zIndex - b.definition.zIndex || a.index - b.index)
      .map(({ definition }) => definition);
  }

  /** For the layer panel: groups in panel order, each with its layers top-most first. */
  grouped(ctx?: TContext): MapLayerGroupEntry<TContext>[] {
    const available = this.layers(ctx).reverse();
    return [...this.groupsById.values()]
      .sort((a, b) => a.order - b.order)
      .map((group) => ({ group, layers: available.filter((layer) => layer.group === group.id) }))
      .filter((entry) => entry.layers.length > 0);
  }

  defaultVisibility(): Record<string, boolean> {
    return Object.fromEntries(this.definitions.map((d) => [d.id, d.defaultVisible]));
  }
}
