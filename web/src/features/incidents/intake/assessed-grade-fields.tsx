import type { IncidentGrade } from '@shouwang/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { GRADES, gradeColour, gradeKey } from '../labels';

/**
 * 研判等级: a person's grade with the reason. For types graded by the figures it may only raise the
 * grade (the server refuses a lower one); for the others it is the grade.
 */
export function AssessedGradeFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance<{ assessedGrade?: IncidentGrade | null }>();
  const assessed = Form.useWatch('assessedGrade', form);
  return (
    <Row gutter={[12, 0]}>
      <Col xs={24} sm={8}>
        <Form.Item name="assessedGrade" label={t('incidents.field.assessedGrade')} extra={t('incidents.form.assessedHint')}>
          <Select<IncidentGrade>
            allowClear
            className="sw-inc-assessed-grade"
            aria-label={t('incidents.field.assessedGrade')}
            placeholder={t('incidents.form.assessedPlaceholder')}
            options={GRADES.map((value) => ({
              value,
              label: (
                <span className="sw-inc-grade-option">
                  <span className="sw-inc-dot" style={{ background: gradeColour(value).fill }} />
                  {t(gradeKey(value))}
                </span>
              ),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={16}>
        <Form.Item
          name="assessReason"
          label={t('incidents.field.assessReason')}
          dependencies={['assessedGrade']}
          rules={[{ required: Boolean(assessed), whitespace: true, max: 500, message: t('incidents.form.rule.assessReason') }]}
        >
          <Input.TextArea rows={1} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} disabled={!assessed} className="sw-inc-assess-reason" />
        </Form.Item>
      </Col>
    </Row>
  );
}
