import { EnvironmentOutlined } from '@ant-design/icons';
import type { Region } from '@shouwang/contracts';
import { Button, Col, Form, InputNumber, Row } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useRegionPath } from '../../regions/api/get-region';
import { useRegionChildren } from '../../regions/api/list-regions';
import type { Landmark, LonLat } from './location-picker-modal';

// MapLibre is large: the picker's chunk loads only when someone opens it.
const LocationPickerModal = lazy(() => import('./location-picker-modal').then((m) => ({ default: m.LocationPickerModal })));

/** Inner Mongolia as a whole, when the record has no region with a known point yet. */
const FALLBACK = { lon: 111.5, lat: 44.5, zoom: 3.6 };
const ZOOM_BY_REGION_LEVEL = { 1: 4.6, 2: 8, 3: 10, 4: 11.5, 5: 13 } as const;

const AXES = [
  { name: 'lon', label: 'resources.form.lon', rule: 'resources.form.rule.lon', max: 180, placeholder: '106.8250' },
  { name: 'lat', label: 'resources.form.lat', rule: 'resources.form.rule.lat', max: 90, placeholder: '39.6700' },
] as const;

const hasPoint = (r: Region): r is Region & LonLat => r.lon !== null && r.lat !== null;

interface LocationFieldsProps {
  /** The record's region: the picker starts there when there is no point yet. */
  regionCode: string | undefined;
}

/** 经度 / 纬度 (WGS-84) as numbers, or picked on a small map. Form fields `lon` and `lat`. */
export function LocationFields({ regionCode }: LocationFieldsProps) {
  const { t } = useI18n();
  const form = Form.useFormInstance<{ lon?: number | null; lat?: number | null }>();
  const lon = Form.useWatch('lon', form);
  const lat = Form.useWatch('lat', form);
  const [picking, setPicking] = useState(false);
  const path = useRegionPath(regionCode ?? null);
  const children = useRegionChildren(regionCode ?? null, picking && regionCode !== undefined);

  // The region's own point, else its nearest ancestor's (townships and villages often have none).
  const located = path.data ? [path.data.region, ...[...path.data.ancestors].reverse()].find(hasPoint) : undefined;
  const center = located ? { lon: located.lon, lat: located.lat, zoom: ZOOM_BY_REGION_LEVEL[located.level] } : FALLBACK;
  // Named points for orientation on the offline basemap, which has no place names of its own.
  // Its subdivisions where they have points (the region's own point sits among them), else itself.
  const landmarks = useMemo<Landmark[]>(() => {
    const subdivisions = (children.data ?? []).filter(hasPoint);
    const own = path.data && hasPoint(path.data.region) ? [path.data.region] : [];
    return (subdivisions.length > 0 ? subdivisions : own).map((r) => ({ name: r.name, lon: r.lon, lat: r.lat }));
  }, [path.data, children.data]);
  const value: LonLat | null = typeof lon === 'number' && typeof lat === 'number' ? { lon, lat } : null;

  return (
    <>
      {/* One item around both numbers and the button, so the WGS-84 hint sits under all three and
          the numbers' own errors push it down instead of overlapping it. */}
      <Form.Item extra={t('resources.form.wgs84Hint')} className="sw-res-location">
        <Row gutter={[12, 12]} align="top">
          {AXES.map((axis) => (
            <Col key={axis.name} xs={12} sm={9}>
              <Form.Item
                name={axis.name}
                label={t(axis.label)}
                rules={[{ required: true, type: 'number', min: -axis.max, max: axis.max, message: t(axis.rule) }]}
                className="sw-res-location-item"
              >
                <InputNumber<number> className="sw-res-full" precision={6} step={0.001} min={-axis.max} max={axis.max} placeholder={axis.placeholder} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} sm={6}>
            <Form.Item label={<span className="sw-res-hide-xs">&nbsp;</span>} className="sw-res-location-item sw-res-pick-item">
              <Button icon={<EnvironmentOutlined />} onClick={() => setPicking(true)} className="sw-res-pick-open sw-res-full">
                {t('resources.form.pickOnMap')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form.Item>
      {picking && (
        <Suspense fallback={null}>
          <LocationPickerModal
            open
            value={value}
            center={center}
            landmarks={landmarks}
            onCancel={() => setPicking(false)}
            onPick={(point) => {
              form.setFieldsValue({ lon: point.lon, lat: point.lat });
              void form.validateFields(['lon', 'lat']);
              setPicking(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
