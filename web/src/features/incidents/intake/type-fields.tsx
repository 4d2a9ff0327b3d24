import type { IncidentCategory } from '@shouwang/contracts';
import { Col, Form, Radio, Row, Select } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useIncidentTypes } from '../api/incident-types';
import { categoryKey } from '../labels';

/** 事件类别 (the four of 应对法 第二条) and, within it, the type that decides how it is graded. */
export function TypeFields() {
  const { t, pick } = useI18n();
  const form = Form.useFormInstance<{ category?: IncidentCategory; type?: string }>();
  const category = Form.useWatch('category', form);
  const catalogue = useIncidentTypes();
  const types = catalogue.data?.categories.find((c) => c.key === category)?.types ?? [];
  return (
    <Row gutter={[12, 0]}>
      <Col xs={24}>
        <Form.Item name="category" label={t('incidents.field.category')} rules={[{ required: true, message: t('incidents.form.rule.category') }]}>
          <Radio.Group
            className="sw-inc-category-picker"
            optionType="button"
            buttonStyle="solid"
            onChange={() => form.setFieldValue('type', undefined)}
            options={(catalogue.data?.categories ?? []).map((c) => ({ value: c.key, label: t(categoryKey(c.key)) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="type" label={t('incidents.field.type')} rules={[{ required: true, message: t('incidents.form.rule.type') }]}>
          <Select
            className="sw-inc-type-picker"
            aria-label={t('incidents.field.type')}
            placeholder={category ? t('incidents.form.typePlaceholder') : t('incidents.form.categoryFirst')}
            disabled={!category}
            loading={catalogue.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={types.map((type) => ({
              value: type.key,
              label: pick(type),
              title: type.grading === 'production_safety' ? t('incidents.form.gradedByFigures') : t('incidents.form.gradedByPerson'),
            }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
