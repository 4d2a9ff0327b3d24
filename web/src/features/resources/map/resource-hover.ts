import type { LocatableKind, TeamStatus } from '@shouwang/contracts';
import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { maplibregl } from '../../../components/map/maplibre';
import { pickLocalized, translate } from '../../../lib/i18n';
import { locatableKindKey, teamStatusLabel } from '../labels';

function tooltip(title: string, detail: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'sw-res-tooltip';
  const name = document.createElement('div');
  name.className = 'sw-res-tooltip-name';
  name.textContent = title;
  const meta = document.createElement('div');
  meta.className = 'sw-res-tooltip-meta';
  meta.textContent = detail;
  root.append(name, meta);
  return root;
}

/** Name on hover for points, "N …, click to zoom in" for clusters; the pointer cursor on both. */
export function attachHover(map: MapLibreMap, kind: LocatableKind, layerIds: { point: string; cluster: string }): () => void {
  const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 16, className: 'sw-res-popup', maxWidth: '260px' });
  const kindName = translate(locatableKindKey(kind));

  let shownId: string | null = null;

  const show = (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature || feature.geometry.type !== 'Point') return;
    map.getCanvas().style.cursor = 'pointer';
    const p = feature.properties as { id?: string; name?: string; cluster?: boolean; count?: number; status?: TeamStatus };
    if (p.id !== undefined && p.id === shownId) return;
    shownId = p.id ?? null;
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const content = p.cluster
      ? tooltip(translate('resources.map.clusterTitle', { count: p.count ?? 0, kind: kindName }), translate('resources.map.clusterHint'))
      : tooltip(p.name ?? '', p.status ? `${kindName} · ${pickLocalized(teamStatusLabel(p.status))}` : kindName);
    popup.setLngLat([lon, lat]).setDOMContent(content).addTo(map);
  };
  const hide = () => {
    shownId = null;
    map.getCanvas().style.cursor = '';
    popup.remove();
  };

  for (const id of [layerIds.point, layerIds.cluster]) {
    map.on('mousemove', id, show);
    map.on('mouseleave', id, hide);
  }
  return () => {
    for (const id of [layerIds.point, layerIds.cluster]) {
      map.off('mousemove', id, show);
      map.off('mouseleave', id, hide);
    }
    popup.remove();
  };
}
