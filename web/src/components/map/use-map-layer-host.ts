import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useEffectEvent, useRef } from 'react';
import { MapLayerHost, type MapLayerErrorHandler } from './layer-host';
import type { MapLayerRegistry } from './layer-registry';

/** Binds a registry to a live map; re-creating the map (e.g. language switch) re-mounts everything. */
export function useMapLayerHost<TContext>(
  map: MapLibreMap | null,
  registry: MapLayerRegistry<TContext>,
  context: TContext,
  visibility: Record<string, boolean>,
  onError: MapLayerErrorHandler<TContext>,
): void {
  const hostRef = useRef<MapLayerHost<TContext> | null>(null);
  const currentState = useEffectEvent(() => ({ context, visibility }));
  const reportError = useEffectEvent(onError);

  useEffect(() => {
    if (!map) return;
    const { context: initialContext, visibility: initialVisibility } = currentState();
    const host = new MapLayerHost(map, registry, initialContext, initialVisibility, (d, e) => reportError(d, e));
    hostRef.current = host;
    return () => {
      hostRef.current = null;
      host.destroy();
    };
  }, [map, registry]);

  useEffect(() => {
    hostRef.current?.setContext(context);
  }, [context]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    for (const [id, visible] of Object.entries(visibility)) host.setVisible(id, visible);
  }, [visibility]);
}
