import { Col, Form, Input, Row } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { phoneRules, requiredText } from './form-rules';

/** The person in charge (form field `person`: leader, manager …) and a phone, side by side. */
export function ContactFields({ person, label }: { person: string; label: string }) {
  const { t } = useI18n();
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item name={person} label={label} rules={requiredText(50, t('resources.form.rule.person'))}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="phone" label={t('resources.field.phone')} rules={phoneRules(t('resources.member.rule.phone'))}>
          <Input maxLength={30} inputMode="tel" autoComplete="off" placeholder="0473-1234567" />
        </Form.Item>
      </Col>
    </Row>
  );
}
