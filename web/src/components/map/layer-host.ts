import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLayerDefinition, MapLayerHandle, MapLayerRegistry } from './layer-registry';

interface Entry<TContext> {
  definition: MapLayerDefinition<TContext>;
  handle: MapLayerHandle<TContext> | null;
  /** Set while `add` runs; aborting it discards the result. */
  pending: AbortController | null;
  visible: boolean;
  /** The context the handle was last given, to skip redundant updates. */
  seenContext: TContext | null;
}

export type MapLayerErrorHandler<TContext> = (definition: MapLayerDefinition<TContext>, error: unknown) => void;

const anchorId = (layerId: string) => `anchor:${layerId}`;

/**
 * Mounts registry layers on one map and keeps them in step with visibility and page context.
 * Each layer gets an invisible "anchor" style layer so its own style layers land at its zIndex
 * whenever it is added.
 */
export class MapLayerHost<TContext> {
  private readonly entries = new Map<string, Entry<TContext>>();
  private context: TContext;
  private destroyed = false;
  /** Set once MapLibre's remove() has dropped the style; a later teardown is then best-effort. */
  private mapRemoved = false;

  constructor(
    private readonly map: MapLibreMap,
    registry: MapLayerRegistry<TContext>,
    context: TContext,
    visibility: Record<string, boolean>,
    private readonly onError: MapLayerErrorHandler<TContext>,
  ) {
    this.context = context;
    map.once('remove', () => {
      this.mapRemoved = true;
    });
    for (const definition of registry.layers(context)) {
      map.addLayer({
        id: anchorId(definition.id),
        type: 'background',
        layout: { visibility: 'none' },
        paint: { 'background-opacity': 0 },
      });
      this.entries.set(definition.id, { definition, handle: null, pending: null, visible: false, seenContext: null });
    }
    for (const entry of this.entries.values()) {
      this.setVisible(entry.definition.id, visibility[entry.definition.id] ?? entry.definition.defaultVisible);
    }
  }

  setContext(context: TContext): void {
    this.context = context;
    for (const entry of this.entries.values()) this.deliverContext(entry);
  }

  setVisible(id: string, visible: boolean): void {
    const entry = this.entries.get(id);
    if (!entry || this.destroyed || entry.visible === visible) return;
    entry.visible = visible;
    if (entry.handle?.setVisible) {
      this.guard(entry, () => entry.handle?.setVisible?.(visible));
      if (visible) this.deliverContext(entry);
    } else if (visible) {
      void this.mount(entry);
    } else {
      this.unmount(entry);
    }
  }

  destroy(): void {
    this.destroyed = true;
    for (const entry of this.entries.values()) this.unmount(entry);
    this.entries.clear();
  }

  private async mount(entry: Entry<TContext>): Promise<void> {
    if (entry.handle || entry.pending) return;
    const controller = new AbortController();
    entry.pending = controller;
    const context = this.context;
    try {
      const handle = await entry.definition.add(this.map, context, {
        beforeId: anchorId(entry.definition.id),
        signal: controller.signal,
      });
      if (controller.signal.aborted || this.destroyed) {
        handle.remove();
        return;
      }
      entry.handle = handle;
      entry.seenContext = context;
      if (!entry.visible) this.guard(entry, () => handle.setVisible?.(false));
      this.deliverContext(entry);
    } catch (error) {
      if (!controller.signal.aborted) this.onError(entry.definition, error);
    } finally {
      if (entry.pending === controller) entry.pending = null;
    }
  }

  private unmount(entry: Entry<TContext>): void {
    entry.pending?.abort();
    entry.pending = null;
    const handle = entry.handle;
    entry.handle = null;
    entry.seenContext = null;
    if (handle) this.guard(entry, () => handle.remove());
  }

  private deliverContext(entry: Entry<TContext>): void {
    if (!entry.handle || !entry.visible || entry.seenContext === this.context) return;
    entry.seenContext = this.context;
    const context = this.context;
    this.guard(entry, () => entry.handle?.update?.(context));
  }

  /** One broken layer must not take the map or the other layers down. */
  private guard(entry: Entry<TContext>, action: () => void): void {
    try {
      action();
    } catch (error) {
      // Cleaning up after the map itself is gone only needs the non-map parts (timers, requests).
      if (!this.mapRemoved) this.onError(entry.definition, error);
    }
  }
}
