import { AimOutlined } from '@ant-design/icons';
import { Modal, Typography } from 'antd';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { mapControlLocale } from '../../../components/map/map-locale';
import { MapView } from '../../../components/map/map-view';
import { addLandmarks, addOrientationBasemap, type Landmark } from '../../../components/map/orientation-basemap';
import { maplibregl } from '../../../components/map/maplibre';
import { useI18n } from '../../../lib/i18n';

export type { Landmark };

export interface LonLat {
  lon: number;
  lat: number;
}

interface LocationPickerModalProps {
  open: boolean;
  /** The point already on the form, if any. */
  value: LonLat | null;
  /** Where to look when there is no point yet (the record's region). */
  center: LonLat & { zoom: number };
  landmarks: Landmark[];
  onPick: (point: LonLat) => void;
  onCancel: () => void;
}

/** Six decimals of a degree are about 0.1 m: more would only be noise. */
const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** 在地图上选点: click the map or drag the marker; the point is WGS-84, as the form stores it. */
export function LocationPickerModal({ open, value, center, landmarks, onPick, onCancel }: LocationPickerModalProps) {
  const { t, language } = useI18n();
  const [point, setPoint] = useState<LonLat | null>(value);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const marker = useRef<Marker | null>(null);
  const locale = useMemo(() => mapControlLocale(language), [language]);
  const initial = value ? { center: [value.lon, value.lat] as [number, number], zoom: 11 } : { center: [center.lon, center.lat] as [number, number], zoom: center.zoom };

  useEffect(() => {
    if (!map) return;
    addOrientationBasemap(map, 'picker');
    const place = (lon: number, lat: number) => {
      const next = { lon: round(lon), lat: round(lat) };
      setPoint(next);
      if (!marker.current) {
        marker.current = new maplibregl.Marker({ color: '#c8102e', draggable: true }).setLngLat([next.lon, next.lat]).addTo(map);
        marker.current.on('dragend', () => {
          const at = marker.current?.getLngLat();
          if (at) setPoint({ lon: round(at.lng), lat: round(at.lat) });
        });
      } else {
        marker.current.setLngLat([next.lon, next.lat]);
      }
    };
    if (value) place(value.lon, value.lat);
    const onClick = (event: maplibregl.MapMouseEvent) => place(event.lngLat.lng, event.lngLat.lat);
    map.on('click', onClick);
    map.getCanvas().style.cursor = 'crosshair';
    return () => {
      map.off('click', onClick);
      marker.current?.remove();
      marker.current = null;
    };
    // The map is new each time the modal opens; the starting value is read once per map.
  }, [map]);

  useEffect(() => {
    if (!map) return;
    return addLandmarks(map, landmarks);
  }, [map, landmarks]);

  return (
    <Modal
      open={open}
      title={t('resources.form.pickTitle')}
      onCancel={onCancel}
      onOk={() => point && onPick(point)}
      okText={t('resources.form.pickConfirm')}
      cancelText={t('resources.common.cancel')}
      okButtonProps={{ disabled: !point, className: 'sw-res-pick-confirm' }}
      width={760}
      destroyOnHidden
      className="sw-res-location-picker"
    >
      <Typography.Paragraph type="secondary" className="sw-res-small">
        <AimOutlined /> {t('resources.form.pickHint')}
      </Typography.Paragraph>
      <div className="sw-res-location-map">
        <MapView
          center={initial.center}
          zoom={initial.zoom}
          attribution={t('map.attribution')}
          locale={locale}
          webglUnavailableText={t('map.webglUnavailable')}
          onReady={setMap}
        />
      </div>
      <Typography.Paragraph className="sw-res-location-value" data-lon={point?.lon} data-lat={point?.lat}>
        {point ? t('resources.form.pickValue', { lon: point.lon.toFixed(6), lat: point.lat.toFixed(6) }) : t('resources.form.pickNone')}
      </Typography.Paragraph>
    </Modal>
  );
}
