import { AlertOutlined } from '@ant-design/icons';
import type { Incident } from '@shouwang/contracts';
import { Alert, App, Button, Col, Collapse, Drawer, Form, Grid, Input, Row, Skeleton, Space } from 'antd';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useServerErrors } from '../../../lib/use-server-errors';
import { RegionField } from '../../resources/components/region-field';
import { useCreateIncident } from '../api/incident-steps';
import { FiguresFields } from '../components/figures-fields';
import { MapPointFields } from '../components/map-point-fields';
import { AssessedGradeFields } from './assessed-grade-fields';
import { INTAKE_FIELDS, intakeBody, type IntakeSource, type IntakeValues } from './intake-values';
import { LiveGrade } from './live-grade';
import { TypeFields } from './type-fields';

interface IntakeDrawerProps {
  open: boolean;
  initial: IntakeValues;
  /** The alarm or warning it comes from; null for a call. */
  source: IntakeSource | null;
  /** The prefill is still loading (from an alarm). */
  loading?: boolean;
  onClose: () => void;
  /** Saved: the owner closes the form (and usually opens the new incident). */
  onCreated: (incident: Incident) => void;
}

/**
 * 接报: type by category, when and where (with a map point), casualties and losses, what happened, the
 * unit involved and who called it in — with the grade those figures give, live, beside the form.
 */
export function IntakeDrawer({ open, initial, source, loading = false, onClose, onCreated }: IntakeDrawerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<IntakeValues>();
  const placement = useMemo(
    () => ({
      REGION_NOT_FOUND: { field: 'regionCode' },
      INCIDENT_TYPE_UNKNOWN: { field: 'type' },
      INCIDENT_GRADE_BELOW_RULE: { field: 'assessedGrade' },
      INCIDENT_TIME_INVALID: { field: 'occurredAt' },
    }),
    [],
  );
  const fieldOf = (path: (string | number)[]) => {
    const [top, second] = path;
    if (top === 'location') return [second === 'text' ? 'place' : String(second ?? 'place')];
    if (top === 'gradeAssessment') return ['assessReason'];
    if (top === 'figures' && second === 'directLossYuan') return ['figures', 'lossWan'];
    return path;
  };
  const server = useServerErrors(form, INTAKE_FIELDS, placement, { fieldOf });
  const create = useCreateIncident();
  const regionCode = Form.useWatch('regionCode', form);

  const save = (values: IntakeValues) => {
    server.reset();
    create.mutate(intakeBody(values, source), {
      onSuccess: (incident) => {
        void message.success(t('incidents.intake.created', { title: incident.title }));
        onCreated(incident);
      },
      onError: server.show,
    });
  };

  const grade = <LiveGrade />;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.lg ? 1080 : screens.md ? 760 : '100%'}
      className="sw-inc-intake-drawer"
      title={t('incidents.intake.title')}
      destroyOnHidden
      footer={
        <Space className="sw-inc-drawer-footer">
          <Button onClick={onClose}>{t('incidents.common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} className="sw-inc-intake-submit" disabled={loading}>
            {t('incidents.intake.submit')}
          </Button>
        </Space>
      }
    >
      {loading ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <Form<IntakeValues> form={form} layout="vertical" initialValues={initial} onFinish={save} className="sw-inc-intake-form" scrollToFirstError>
          <Row gutter={24}>
            <Col xs={24} lg={15}>
              {source && <Alert type="warning" showIcon icon={<AlertOutlined />} className="sw-inc-intake-source" data-source-kind={source.kind} title={t(`incidents.intake.from.${source.kind}`, { label: source.label })} />}
              <ApiErrorAlert className="sw-inc-alert" error={server.error} />
              <TypeFields />
              <Row gutter={[12, 0]}>
                <Col xs={24} sm={12}>
                  <Form.Item name="occurredAt" label={t('incidents.field.occurredAt')} rules={[{ required: true, message: t('incidents.form.rule.occurredAt') }]}>
                    <Input type="datetime-local" className="sw-inc-occurred-at" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="receivedAt" label={t('incidents.field.receivedAt')} extra={t('incidents.form.receivedHint')}>
                    <Input type="datetime-local" />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={[12, 0]}>
                <Col xs={24} sm={14}>
                  <Form.Item name="place" label={t('incidents.field.place')} rules={[{ required: true, whitespace: true, max: 200, message: t('incidents.form.rule.place') }]}>
                    <Input className="sw-inc-place" maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={10}>
                  <Form.Item name="regionCode" label={t('incidents.field.region')} rules={[{ required: true, message: t('incidents.form.rule.region') }]}>
                    <RegionField ariaLabel={t('incidents.field.region')} />
                  </Form.Item>
                </Col>
              </Row>
              <MapPointFields regionCode={regionCode} />
              <FiguresFields />
              {!screens.lg && grade}
              <AssessedGradeFields />
              <Form.Item name="summary" label={t('incidents.field.summary')} rules={[{ required: true, whitespace: true, max: 4000, message: t('incidents.form.rule.summary') }]}>
                <Input.TextArea rows={4} maxLength={4000} showCount className="sw-inc-summary" />
              </Form.Item>
              <Form.Item name="title" label={t('incidents.field.title')} extra={t('incidents.form.titleHint')} rules={[{ max: 200 }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Collapse
                size="small"
                className="sw-inc-intake-more"
                defaultActiveKey={initial.unit?.name ? ['unit'] : []}
                items={[
                  { key: 'unit', label: t('incidents.intake.unit'), forceRender: true, children: <UnitFields /> },
                  { key: 'informant', label: t('incidents.intake.informant'), forceRender: true, children: <InformantFields /> },
                ]}
              />
            </Col>
            {screens.lg && (
              <Col lg={9}>
                <div className="sw-inc-sticky">{grade}</div>
              </Col>
            )}
          </Row>
        </Form>
      )}
    </Drawer>
  );
}

function UnitFields() {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 0]}>
      <Col xs={24} sm={12}>
        <Form.Item name={['unit', 'name']} label={t('incidents.unit.name')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={['unit', 'uscc']} label={t('incidents.unit.uscc')} rules={[{ max: 40 }]}>
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name={['unit', 'nature']} label={t('incidents.unit.nature')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name={['unit', 'industry']} label={t('incidents.unit.industry')} rules={[{ max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name={['unit', 'address']} label={t('incidents.unit.address')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}

function InformantFields() {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 0]}>
      <Col xs={12} sm={8}>
        <Form.Item name={['informant', 'name']} label={t('incidents.informant.name')} rules={[{ max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name={['informant', 'phone']} label={t('incidents.informant.phone')} rules={[{ pattern: /^[0-9+\-() ]{5,30}$/, message: t('incidents.form.rule.phone') }]}>
          <Input inputMode="tel" maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name={['informant', 'unit']} label={t('incidents.informant.unit')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
    </Row>
  );
}
