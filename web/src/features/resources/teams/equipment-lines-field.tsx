import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n';

/** The contract takes at most 200 lines. */
const MAX_LINES = 200;

export interface EquipmentLineValue {
  name: string;
  quantity: number | null;
  unit: string;
}

/** 装备: an editable list of name × quantity unit, form field `equipment`. */
export function EquipmentLinesField() {
  const { t } = useI18n();
  return (
    <Form.List
      name="equipment"
      rules={[
        {
          validator: async (_, lines: EquipmentLineValue[] | undefined) => {
            const names = (lines ?? []).map((l) => (l?.name ?? '').trim()).filter(Boolean);
            if (new Set(names).size !== names.length) throw new Error(t('resources.team.rule.equipmentDuplicate'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div className="sw-res-equipment-lines">
          {fields.length === 0 && (
            <Typography.Text type="secondary" className="sw-res-small">
              {t('resources.team.noEquipment')}
            </Typography.Text>
          )}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} className="sw-res-equipment-line" data-line={index} wrap={false}>
              <Col flex="auto">
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, max: 100, message: t('resources.team.rule.equipmentName') }]}
                >
                  <Input placeholder={t('resources.team.equipmentName')} aria-label={`${t('resources.team.equipmentName')} ${index + 1}`} maxLength={100} />
                </Form.Item>
              </Col>
              <Col flex="96px">
                <Form.Item name={[field.name, 'quantity']} rules={[{ required: true, type: 'integer', min: 0, max: 1e7, message: t('resources.team.rule.quantity') }]}>
                  <InputNumber<number> className="sw-res-full" min={0} max={10_000_000} precision={0} placeholder={t('resources.team.quantity')} aria-label={`${t('resources.team.quantity')} ${index + 1}`} />
                </Form.Item>
              </Col>
              <Col flex="72px">
                <Form.Item name={[field.name, 'unit']} rules={[{ required: true, whitespace: true, max: 10, message: t('resources.team.rule.unit') }]}>
                  <Input placeholder={t('resources.team.unit')} aria-label={`${t('resources.team.unit')} ${index + 1}`} maxLength={10} />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('resources.team.removeEquipment')} title={t('resources.team.removeEquipment')} />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ name: '', quantity: 1, unit: '' })}
            disabled={fields.length >= MAX_LINES}
            className="sw-res-add-equipment"
            block
          >
            {t('resources.team.addEquipment')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
