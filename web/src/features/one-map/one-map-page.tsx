import { useQueryClient } from '@tanstack/react-query';
import { App, Grid } from 'antd';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useMemo, useState } from 'react';
import { LayerPanel } from '../../components/map/layer-panel';
import type { MapLayerDefinition } from '../../components/map/layer-registry';
import { mapControlLocale } from '../../components/map/map-locale';
import { MapView } from '../../components/map/map-view';
import { useLayerVisibility } from '../../components/map/use-layer-visibility';
import { useMapLayerHost } from '../../components/map/use-map-layer-host';
import { useI18n } from '../../lib/i18n';
import { useCurrentUser } from '../auth/use-current-user';
import { useRegionChildren } from '../regions/api/list-regions';
import { useSelectedRegion } from '../regions/selected-region-context';
import { RegionSummary } from './components/region-summary';
import { oneMapLayers, oneMapOverlays } from './map-layers';
import type { OneMapContext } from './one-map-context';
import { useRegionCamera } from './use-region-camera';

// Inner Mongolia as a whole, until the selected region takes over.
const INITIAL_CENTER: [number, number] = [111.5, 44.5];
const INITIAL_ZOOM = 3.6;

export function OneMapPage() {
  const { t, pick, language } = useI18n();
  const { notification } = App.useApp();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const { region, path, select } = useSelectedRegion();
  const screens = Grid.useBreakpoint();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [panelOpen, setPanelOpen] = useState<boolean | null>(null);
  const { visibility, setLayerVisible } = useLayerVisibility(oneMapLayers, 'shouwang.map.layers');
  const children = useRegionChildren(region?.code ?? null, region !== null && region.childCount > 0);

  const reportLayerError = useCallback(
    (title: string, error: unknown) => {
      notification.error({
        key: `layer-error:${title}`,
        title: t('map.layerError', { title }),
        description: error instanceof Error ? error.message : undefined,
      });
    },
    [notification, t],
  );

  const context = useMemo<OneMapContext>(
    () => ({
      language,
      region,
      path,
      selectRegion: select,
      queryClient,
      permissions: user.permissions,
      reportLayerError: (layerId, error) =>
        reportLayerError(pick(oneMapLayers.get(layerId)?.title ?? { zh: layerId, en: layerId }), error),
    }),
    [language, region, path, select, queryClient, user.permissions, reportLayerError, pick],
  );

  const onHostError = useCallback(
    (definition: MapLayerDefinition<OneMapContext>, error: unknown) => reportLayerError(pick(definition.title), error),
    [reportLayerError, pick],
  );

  useMapLayerHost(map, oneMapLayers, context, visibility, onHostError);
  const frameRegion = useRegionCamera(map, region, path);
  const locale = useMemo(() => mapControlLocale(language), [language]);
  const groups = useMemo(() => oneMapLayers.grouped(context), [context]);
  const isPhone = !screens.md;

  return (
    <div className="sw-one-map">
      <MapView
        key={language}
        center={INITIAL_CENTER}
        zoom={INITIAL_ZOOM}
        attribution={t('map.attribution')}
        locale={locale}
        webglUnavailableText={t('map.webglUnavailable')}
        onReady={setMap}
      >
        <div className="sw-map-overlay sw-map-overlay--top-left">
          {region && (
            <RegionSummary
              region={region}
              path={path}
              childrenList={children.data}
              onSelect={select}
              onFrame={frameRegion}
            />
          )}
          <LayerPanel
            groups={groups}
            visibility={visibility}
            onToggle={setLayerVisible}
            open={panelOpen ?? !isPhone}
            onOpenChange={setPanelOpen}
            pick={pick}
            labels={{ title: t('map.layers'), toggle: t('map.layers.toggle') }}
          />
        </div>
        {map && (
          <div className="sw-map-overlay sw-map-overlay--right">
            {oneMapOverlays.map((Overlay, index) => (
              <Overlay key={index} map={map} context={context} visibility={visibility} />
            ))}
          </div>
        )}
      </MapView>
    </div>
  );
}
