import { Form, InputNumber } from 'antd';
import { useI18n } from '../../../lib/i18n';

/** 面积（平方米）of a facility, form field `areaM2`; empty when unknown. */
export function AreaField() {
  const { t } = useI18n();
  return (
    <Form.Item name="areaM2" label={t('resources.facility.areaM2')} rules={[{ type: 'number', min: 0.01, max: 1e9, message: t('resources.facility.rule.area') }]}>
      <InputNumber<number> className="sw-res-full" min={0} max={1_000_000_000} precision={2} suffix="m²" />
    </Form.Item>
  );
}
