import { EnvironmentOutlined } from '@ant-design/icons';
import type { Region } from '@shouwang/contracts';
import { Button, Col, Form, InputNumber, Row } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useRegionPath } from '../../regions/api/get-region';
import { useRegionChildren } from '../../regions/api/list-regions';
import type { Landmark, LonLat } from '../../resources/components/location-picker-modal';

// MapLibre is large: the picker's chunk loads only when someone opens it.
const LocationPickerModal = lazy(() => import('../../resources/components/location-picker-modal').then((m) => ({ default: m.LocationPickerModal })));

const FALLBACK = { lon: 111.5, lat: 44.5, zoom: 3.6 };
const ZOOM_BY_REGION_LEVEL = { 1: 4.6, 2: 8, 3: 10, 4: 11.5, 5: 13 } as const;
const hasPoint = (r: Region): r is Region & LonLat => r.lon !== null && r.lat !== null;

interface MapPointFieldsProps {
  /** Where the picker starts when there is no point yet. */
  regionCode: string | undefined;
  /** A command post must have a point; a reported place may not have one yet. */
  required?: boolean;
}

/**
 * 经度 / 纬度 (WGS-84) typed in, or picked on a small map of the region with its subdivisions named.
 * Form fields `lon` and `lat` at the form's root.
 */
export function MapPointFields({ regionCode, required = false }: MapPointFieldsProps) {
  const { t } = useI18n();
  const form = Form.useFormInstance<{ lon?: number | null; lat?: number | null }>();
  const lon = Form.useWatch('lon', form);
  const lat = Form.useWatch('lat', form);
  const [picking, setPicking] = useState(false);
  const path = useRegionPath(regionCode ?? null);
  const children = useRegionChildren(regionCode ?? null, picking && regionCode !== undefined);
  const located = path.data ? [path.data.region, ...[...path.data.ancestors].reverse()].find(hasPoint) : undefined;
  const center = located ? { lon: located.lon, lat: located.lat, zoom: ZOOM_BY_REGION_LEVEL[located.level] } : FALLBACK;
  const landmarks = useMemo<Landmark[]>(() => {
    const subdivisions = (children.data ?? []).filter(hasPoint);
    const own = path.data && hasPoint(path.data.region) ? [path.data.region] : [];
    return (subdivisions.length > 0 ? subdivisions : own).map((r) => ({ name: r.name, lon: r.lon, lat: r.lat }));
  }, [path.data, children.data]);
  const value: LonLat | null = typeof lon === 'number' && typeof lat === 'number' ? { lon, lat } : null;

  // Both or neither: the server refuses half a point.
  const pair = (other: 'lon' | 'lat') => ({
    validator: async (_: unknown, v: number | null | undefined) => {
      const o = form.getFieldValue(other) as number | null | undefined;
      if ((v ?? null) === null && (o ?? null) !== null) throw new Error(t('incidents.form.rule.pointPair'));
    },
  });

  return (
    <>
      <Row gutter={[12, 0]} align="bottom">
        {(['lon', 'lat'] as const).map((axis) => (
          <Col key={axis} xs={12} sm={8}>
            <Form.Item
              name={axis}
              label={t(`incidents.form.${axis}`)}
              dependencies={[axis === 'lon' ? 'lat' : 'lon']}
              rules={[{ required, type: 'number', min: axis === 'lon' ? -180 : -90, max: axis === 'lon' ? 180 : 90, message: t(`incidents.form.rule.${axis}`) }, pair(axis === 'lon' ? 'lat' : 'lon')]}
            >
              <InputNumber<number> className="sw-inc-full" precision={6} step={0.001} placeholder={axis === 'lon' ? '106.8250' : '39.6700'} />
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} sm={8}>
          <Form.Item>
            <Button icon={<EnvironmentOutlined />} onClick={() => setPicking(true)} className="sw-inc-pick-open sw-inc-full">
              {t('incidents.form.pickOnMap')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
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
