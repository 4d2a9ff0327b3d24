import '../components/resources-common.css';
import './resource-map.css';
import { Grid } from 'antd';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useState, useSyncExternalStore } from 'react';
import { useResourceLiveUpdates } from '../use-resource-live-updates';
import { RESOURCE_KINDS, TEAM_LAYER_ID } from './resource-kinds';
import type { ResourceLayerContext } from './resource-layer-context';
import { resourceMapState, type ResourcePoint } from './resource-map-state';
import { ResourceDetailPanel } from './resource-detail-panel';
import { TeamFilterCard } from './team-filter-card';

export interface ResourceMapOverlayProps {
  map: MapLibreMap;
  context: ResourceLayerContext;
  visibility: Record<string, boolean>;
}

const DETAIL_ZOOM = 12;

/** The panel beside the map: the teams filter and list, and the detail of a clicked resource. */
export function ResourceMapOverlay({ map, context, visibility }: ResourceMapOverlayProps) {
  const state = resourceMapState(map);
  const snapshot = useSyncExternalStore(state.subscribe, state.getSnapshot);
  const screens = Grid.useBreakpoint();
  // On a phone the panel would cover most of the map: it starts folded there.
  const [open, setOpen] = useState<boolean | null>(null);
  useResourceLiveUpdates((changes) => {
    const kinds = RESOURCE_KINDS.map((k) => k.kind).filter((kind) =>
      kind === 'team' ? changes.has('team') : kind === 'warehouse' ? changes.has('warehouse') : changes.has('facility'),
    );
    if (kinds.length) state.reload(kinds);
  });
  if (!context.permissions.includes('resource.read')) return null;

  const teamsShown = visibility[TEAM_LAYER_ID] ?? RESOURCE_KINDS.find((k) => k.layerId === TEAM_LAYER_ID)?.defaultVisible ?? false;
  const openPoint = (point: ResourcePoint) => {
    state.select(point);
    if (map.getZoom() < DETAIL_ZOOM) map.easeTo({ center: [point.lon, point.lat], zoom: DETAIL_ZOOM });
    else map.easeTo({ center: [point.lon, point.lat] });
  };

  if (snapshot.selection) {
    return (
      <ResourceDetailPanel
        key={`${snapshot.selection.kind}:${snapshot.selection.id}`}
        selection={snapshot.selection}
        onClose={() => state.select(null)}
        onBack={teamsShown && snapshot.selection.kind === 'team' ? () => state.select(null) : undefined}
      />
    );
  }
  if (!teamsShown) return null;
  return (
    <TeamFilterCard
      filter={snapshot.teamFilter}
      onFilter={(filter) => state.setTeamFilter(filter)}
      view={snapshot.views.team}
      onOpen={openPoint}
      open={open ?? screens.md !== false}
      onOpenChange={setOpen}
    />
  );
}
