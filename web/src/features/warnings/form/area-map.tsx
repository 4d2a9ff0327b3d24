import { AimOutlined, BorderOutlined, CheckOutlined, CloseOutlined, DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import type { CapPoint, Region } from '@shouwang/contracts';
import { Button, List, Skeleton, Space, Typography } from 'antd';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { addGeoJsonLayer } from '../../../components/map/geojson-layer';
import { mapControlLocale } from '../../../components/map/map-locale';
import { MapView } from '../../../components/map/map-view';
import { addLandmarks, addOrientationBasemap, type Landmark } from '../../../components/map/orientation-basemap';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useRegionPath } from '../../regions/api/get-region';
import { useRegionChildren } from '../../regions/api/list-regions';
import {
  capCircleOf,
  capPolygonOf,
  distanceKm,
  featureCollection,
  parseShapes,
  shapeFeature,
  shapesBounds,
  type AreaShape,
  type DrawnAreas,
} from '../map/area-geometry';

type Mode = 'polygon' | 'circle' | null;

export interface AreaMapProps {
  /** The CAP polygons and circles; antd's Form.Item passes them. */
  value?: DrawnAreas;
  onChange?: (value: DrawnAreas) => void;
  readOnly?: boolean;
  /** Where to look first when nothing is drawn (the first target region, else the user's). */
  regionCode: string | null;
  /** The fill of the drawn areas: the warning level's colour. */
  colour?: string;
}

const EMPTY: DrawnAreas = { polygons: [], circles: [] };
/** Inner Mongolia as a whole, when the region has no known point. */
const FALLBACK = { center: [111.5, 44.5] as [number, number], zoom: 3.6 };
const ZOOM_BY_REGION_LEVEL: Record<Region['level'], number> = { 1: 4.6, 2: 7.6, 3: 9.4, 4: 11.5, 5: 13 };
/** A click this close (in pixels) to the first corner closes the polygon. */
const CLOSE_PIXELS = 12;
const SHAPES = 'warn-area-shapes';
const SKETCH = 'warn-area-sketch';

const hasPoint = (r: Region): r is Region & { lon: number; lat: number } => r.lon !== null && r.lat !== null;
const toPoint = (e: MapMouseEvent): CapPoint => ({ lat: e.lngLat.lat, lon: e.lngLat.lng });

/** The lines and corners of the area being drawn, with the pointer as the next corner or the edge. */
function sketchFeatures(mode: Mode, corners: CapPoint[], pointer: CapPoint | null): Feature<LineString | Polygon | Point>[] {
  const features: Feature<LineString | Polygon | Point>[] = corners.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: {} }));
  if (mode === 'polygon') {
    const line = [...corners, ...(pointer ? [pointer] : [])].map((p) => [p.lon, p.lat]);
    if (line.length >= 2) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: line }, properties: {} });
  }
  const centre = corners[0];
  if (mode === 'circle' && centre && pointer) features.push(shapeFeature({ kind: 'circle', centre, radiusKm: distanceKm(centre, pointer) }, {}));
  return features;
}

/**
 * 预警区域地图: the warning's polygons and circles on the offline basemap, drawn with plain clicks
 * (a polygon corner by corner, a circle by its centre and a point on its edge). Read-only in the
 * warning's file. Values are CAP text, WGS-84.
 */
export function AreaMap({ value = EMPTY, onChange, readOnly = false, regionCode, colour = '#e60012' }: AreaMapProps) {
  const { t, language } = useI18n();
  const locale = useMemo(() => mapControlLocale(language), [language]);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [mode, setMode] = useState<Mode>(null);
  const [corners, setCorners] = useState<CapPoint[]>([]);
  const pointer = useRef<CapPoint | null>(null);
  const shapes = useMemo(() => parseShapes(value), [value]);
  const path = useRegionPath(regionCode);
  const children = useRegionChildren(regionCode, regionCode !== null && !readOnly);

  // The region's own point, else its nearest ancestor's (townships and villages often have none).
  const located = path.data ? [path.data.region, ...[...path.data.ancestors].reverse()].find(hasPoint) : undefined;
  const view = located ? { center: [located.lon, located.lat] as [number, number], zoom: ZOOM_BY_REGION_LEVEL[located.level] } : FALLBACK;
  const landmarks = useMemo<Landmark[]>(() => {
    const subdivisions = (children.data ?? []).filter(hasPoint);
    const own = path.data && hasPoint(path.data.region) ? [path.data.region] : [];
    return (subdivisions.length > 0 ? subdivisions : own).map((r) => ({ name: r.name, lon: r.lon, lat: r.lat }));
  }, [path.data, children.data]);
  const waiting = regionCode !== null && path.isPending;

  // The map's own layers, once per map.
  useEffect(() => {
    if (!map) return;
    addOrientationBasemap(map, 'warn-area');
    addGeoJsonLayer(map, {
      sourceId: SHAPES,
      data: featureCollection([]),
      layers: [
        { id: `${SHAPES}-fill`, type: 'fill', paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.28 } },
        { id: `${SHAPES}-line`, type: 'line', paint: { 'line-color': ['get', 'colour'], 'line-width': 2 } },
      ],
    });
    addGeoJsonLayer(map, {
      sourceId: SKETCH,
      data: featureCollection([]),
      layers: [
        { id: `${SKETCH}-fill`, type: 'fill', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#1d4e89', 'fill-opacity': 0.15 } },
        { id: `${SKETCH}-line`, type: 'line', filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': '#1d4e89', 'line-width': 2, 'line-dasharray': [2, 1] } },
        { id: `${SKETCH}-corner`, type: 'circle', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': '#1d4e89', 'circle-stroke-width': 2 } },
      ],
    });
    const bounds = shapesBounds(parseShapes(value));
    if (bounds) map.fitBounds(bounds, { padding: 40, maxZoom: 12, duration: 0 });
    // The first value frames the map; later ones are the user's own drawing.
  }, [map]);

  useEffect(() => (map ? addLandmarks(map, landmarks) : undefined), [map, landmarks]);

  // A newly chosen first target region: look there, unless something is drawn already.
  const framed = useRef(regionCode);
  useEffect(() => {
    if (!map || framed.current === regionCode || !located) return;
    framed.current = regionCode;
    if (shapes.length === 0 && mode === null) map.flyTo({ center: [located.lon, located.lat], zoom: ZOOM_BY_REGION_LEVEL[located.level], duration: 600 });
  }, [map, regionCode, located, shapes.length, mode]);

  useEffect(() => {
    void map?.getSource<GeoJSONSource>(SHAPES)?.setData(featureCollection(shapes.map((s, i) => shapeFeature(s, { colour, index: i }))));
  }, [map, shapes, colour]);

  const drawSketch = (next: CapPoint[] = corners) => void map?.getSource<GeoJSONSource>(SKETCH)?.setData(featureCollection(sketchFeatures(mode, next, pointer.current)));
  useEffect(() => drawSketch(), [map, mode, corners]);

  const emit = (shape: AreaShape) => {
    const next =
      shape.kind === 'polygon'
        ? { polygons: [...value.polygons, capPolygonOf(shape.points)], circles: value.circles }
        : { polygons: value.polygons, circles: [...value.circles, capCircleOf(shape.centre, shape.radiusKm)] };
    onChange?.(next);
  };
  const stop = () => {
    setMode(null);
    setCorners([]);
    pointer.current = null;
  };
  const finishPolygon = (ring: CapPoint[] = corners) => {
    if (ring.length < 3) return;
    emit({ kind: 'polygon', points: ring });
    stop();
  };

  // Drawing: clicks add corners (or the circle's centre and edge); the pointer previews the next step.
  useEffect(() => {
    if (!map || !mode) return;
    const canvas = map.getCanvas();
    canvas.style.cursor = 'crosshair';
    map.doubleClickZoom.disable();
    const onClick = (e: MapMouseEvent) => {
      const at = toPoint(e);
      if (mode === 'circle') {
        const centre = corners[0];
        if (!centre) setCorners([at]);
        else {
          const radiusKm = Math.max(0.1, distanceKm(centre, at));
          emit({ kind: 'circle', centre, radiusKm });
          stop();
        }
        return;
      }
      const first = corners[0];
      if (first && corners.length >= 3) {
        const p = map.project([first.lon, first.lat]);
        if (Math.hypot(p.x - e.point.x, p.y - e.point.y) <= CLOSE_PIXELS) {
          finishPolygon();
          return;
        }
      }
      setCorners([...corners, at]);
    };
    const onMove = (e: MapMouseEvent) => {
      pointer.current = toPoint(e);
      drawSketch();
    };
    map.on('click', onClick);
    map.on('mousemove', onMove);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
      canvas.style.cursor = '';
      map.doubleClickZoom.enable();
    };
  }, [map, mode, corners, value]);

  const polygonCount = shapes.filter((s) => s.kind === 'polygon').length;
  const remove = (shape: AreaShape, index: number) => {
    if (shape.kind === 'polygon') onChange?.({ polygons: value.polygons.filter((_, i) => i !== index), circles: value.circles });
    else onChange?.({ polygons: value.polygons, circles: value.circles.filter((_, i) => i !== index - polygonCount) });
  };

  const hint = mode === 'polygon' ? t('warnings.draw.hintPolygon') : mode === 'circle' ? t('warnings.draw.hintCircle') : t('warnings.draw.hintIdle');

  return (
    <div className={`sw-warn-area${readOnly ? ' sw-warn-area--read-only' : ''}`} data-mode={mode ?? 'none'} data-corners={corners.length} data-polygons={value.polygons.length} data-circles={value.circles.length}>
      {!readOnly && (
        <div className="sw-warn-area-toolbar">
          <Space size={4} wrap>
            <Button size="small" icon={<BorderOutlined />} type={mode === 'polygon' ? 'primary' : 'default'} className="sw-warn-draw-polygon" onClick={() => (stop(), setMode('polygon'))}>
              {t('warnings.draw.polygon')}
            </Button>
            <Button size="small" icon={<AimOutlined />} type={mode === 'circle' ? 'primary' : 'default'} className="sw-warn-draw-circle" onClick={() => (stop(), setMode('circle'))}>
              {t('warnings.draw.circle')}
            </Button>
            {mode === 'polygon' && (
              <>
                <Button size="small" type="primary" icon={<CheckOutlined />} className="sw-warn-draw-finish" disabled={corners.length < 3} onClick={() => finishPolygon()}>
                  {t('warnings.draw.finish')}
                </Button>
                <Button size="small" icon={<UndoOutlined />} className="sw-warn-draw-undo" disabled={corners.length === 0} onClick={() => setCorners(corners.slice(0, -1))}>
                  {t('warnings.draw.undo')}
                </Button>
              </>
            )}
            {mode && (
              <Button size="small" icon={<CloseOutlined />} className="sw-warn-draw-stop" onClick={stop}>
                {t('warnings.draw.stop')}
              </Button>
            )}
          </Space>
          <Typography.Text type="secondary" className="sw-warn-small sw-warn-draw-hint">
            {hint}
          </Typography.Text>
        </div>
      )}
      <div className="sw-warn-area-map" role="application" aria-label={t('warnings.draw.map')}>
        {waiting ? (
          <Skeleton.Node active className="sw-warn-map-skeleton" />
        ) : (
          <MapView center={view.center} zoom={view.zoom} attribution={t('map.attribution')} locale={locale} webglUnavailableText={t('map.webglUnavailable')} onReady={setMap} />
        )}
      </div>
      {!readOnly && (
        <List
          size="small"
          className="sw-warn-shapes-list"
          locale={{ emptyText: t('warnings.draw.none') }}
          dataSource={shapes}
          renderItem={(shape, index) => (
            <List.Item
              className="sw-warn-shape"
              data-kind={shape.kind}
              actions={[
                <Button key="remove" size="small" type="text" danger icon={<DeleteOutlined />} className="sw-warn-shape-remove" onClick={() => remove(shape, index)} aria-label={t('warnings.draw.remove')} />,
              ]}
            >
              <span className="sw-warn-shape-swatch" style={{ background: colour }} />
              {shape.kind === 'polygon'
                ? t('warnings.draw.polygonItem', { n: index + 1, points: shape.points.length })
                : t('warnings.draw.circleItem', { n: index - polygonCount + 1, km: formatNumber(shape.radiusKm, language, 2) })}
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
