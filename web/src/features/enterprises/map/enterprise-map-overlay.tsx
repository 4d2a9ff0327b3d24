import type { Map as MapLibreMap } from 'maplibre-gl';
import { useSyncExternalStore } from 'react';
import '../enterprises.css';
import type { EnterpriseLayerContext } from './enterprise-layer-context';
import { EnterpriseMapDetail } from './enterprise-map-detail';
import { enterpriseMapState } from './enterprise-map-state';

export interface EnterpriseMapOverlayProps {
  map: MapLibreMap;
  context: EnterpriseLayerContext;
  visibility: Record<string, boolean>;
}

/** Beside the map: the panel of the enterprise clicked on the 重大危险源 layer. */
export function EnterpriseMapOverlay({ map, context }: EnterpriseMapOverlayProps) {
  const state = enterpriseMapState(map);
  const { selected } = useSyncExternalStore(state.subscribe, state.getSnapshot);
  if (!context.permissions.includes('enterprise.read') || !selected) return null;
  return <EnterpriseMapDetail key={selected} id={selected} onClose={() => state.update(() => ({ selected: null }))} />;
}
