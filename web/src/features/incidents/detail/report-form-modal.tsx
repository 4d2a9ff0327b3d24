import type { IncidentDetail, ReportStage } from '@shouwang/contracts';
import { App, Col, Form, Grid, Input, Modal, Radio, Row } from 'antd';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useServerErrors, type FieldPath } from '../../../lib/use-server-errors';
import { useSubmitReport } from '../api/incident-steps';
import { FiguresFields } from '../components/figures-fields';
import { channelKey, REPORT_CHANNELS, stageKey } from '../labels';
import { HAS_COMMANDER, reportBody, reportInitial, STAGE_TEXTS, type ReportValues } from './report-form-values';

const FIELDS = ['channel', 'reportedAt', 'reportedTo', 'signedOffBy', 'figures', 'measuresTaken', 'occurredAt', 'location', 'texts', 'commander'] as const;
const textKey = (name: string) => `incidents.report.field.${name}` as MessageKey;

/** The body's paths as this form's fields: stage texts live under `texts`, the commander under `commander`. */
function fieldOf(path: FieldPath): FieldPath {
  const [top, second] = path;
  if (top === 'onSiteCommander') return ['commander', second ?? 'name'];
  if (top === 'figures' && second === 'directLossYuan') return ['figures', 'lossWan'];
  if (typeof top === 'string' && !(FIELDS as readonly string[]).includes(top)) return ['texts', top];
  return path;
}

/** 初报 / 续报 / 终报 with the fields each requires (REFERENCE §2.2): who it went to, who signed it, the figures now. */
export function ReportFormModal({ incident, stage, onClose }: { incident: IncidentDetail; stage: ReportStage; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<ReportValues>();
  const placement = useMemo(() => ({ REPORT_SIGN_OFF_REQUIRED: { field: 'signedOffBy' }, REPORT_TIME_INVALID: { field: 'reportedAt' } }), []);
  const server = useServerErrors(form, FIELDS, placement, { fieldOf });
  const submit = useSubmitReport();
  const initial = useMemo(() => reportInitial(stage, incident), [stage, incident]);
  const channel = Form.useWatch('channel', form) ?? initial.channel;

  const save = (v: ReportValues) => {
    server.reset();
    submit.mutate(
      { id: incident.id, body: reportBody(stage, v, incident) },
      {
        onSuccess: (report) => {
          void message.success(t('incidents.report.submitted', { label: report.label }));
          onClose();
        },
        onError: server.show,
      },
    );
  };

  return (
    <Modal
      open
      width={screens.md ? 820 : '100%'}
      title={t('incidents.report.formTitle', { stage: t(stageKey(stage)) })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('incidents.report.submit')}
      okButtonProps={{ className: 'sw-inc-report-submit', loading: submit.isPending }}
      className={`sw-inc-report-modal sw-inc-report-modal--${stage}`}
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-inc-alert" error={server.error} />
      <Form<ReportValues> form={form} layout="vertical" initialValues={initial} onFinish={save} scrollToFirstError className="sw-inc-report-form">
        <Row gutter={[12, 0]}>
          <Col xs={24} sm={12}>
            <Form.Item name="channel" label={t('incidents.report.field.channel')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={REPORT_CHANNELS.map((c) => ({ value: c, label: t(channelKey(c)) }))} className="sw-inc-report-channel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="reportedAt" label={t('incidents.report.field.reportedAt')} extra={t('incidents.report.reportedAtHint')}>
              <Input type="datetime-local" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="reportedTo" label={t('incidents.report.field.reportedTo')} rules={[{ max: 100 }]}>
              <Input maxLength={100} placeholder={t('incidents.report.reportedToPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="signedOffBy"
              label={t('incidents.report.field.signedOffBy')}
              rules={[{ required: channel !== 'phone', whitespace: true, max: 50, message: t('incidents.report.rule.signedOffBy') }]}
            >
              <Input maxLength={50} className="sw-inc-report-signed-off" />
            </Form.Item>
          </Col>
        </Row>
        {stage === 'initial' && (
          <Row gutter={[12, 0]}>
            <Col xs={24} sm={10}>
              <Form.Item name="occurredAt" label={t('incidents.field.occurredAt')} rules={[{ required: true, message: t('incidents.form.rule.occurredAt') }]}>
                <Input type="datetime-local" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={14}>
              <Form.Item name="location" label={t('incidents.field.place')} rules={[{ required: true, whitespace: true, max: 200, message: t('incidents.form.rule.place') }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {STAGE_TEXTS[stage].map((f) => (
          <Form.Item
            key={f.name}
            name={['texts', f.name]}
            label={t(textKey(f.name))}
            rules={[{ required: f.required ?? false, whitespace: true, max: 4000, message: t('incidents.report.rule.text', { field: t(textKey(f.name)) }) }]}
          >
            <Input.TextArea autoSize={{ minRows: f.rows ?? 1, maxRows: 8 }} maxLength={4000} className={`sw-inc-report-${f.name}`} />
          </Form.Item>
        ))}
        <Form.Item name="measuresTaken" label={t('incidents.report.field.measuresTaken')} rules={[{ required: true, whitespace: true, max: 4000, message: t('incidents.report.rule.measures') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} className="sw-inc-report-measures" />
        </Form.Item>
        <div className="sw-inc-form-caption">{t('incidents.report.figuresNow')}</div>
        <FiguresFields />
        {HAS_COMMANDER[stage] && <CommanderFields />}
      </Form>
    </Modal>
  );
}

function CommanderFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance<ReportValues>();
  const name: unknown = Form.useWatch(['commander', 'name'], form);
  return (
    <>
      <div className="sw-inc-form-caption">{t('incidents.report.field.onSiteCommander')}</div>
      <Row gutter={[12, 0]}>
        <Col xs={12} sm={8}>
          <Form.Item name={['commander', 'name']} label={t('incidents.person.name')} rules={[{ max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name={['commander', 'title']} label={t('incidents.person.title')} rules={[{ max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name={['commander', 'phone']}
            label={t('incidents.person.phone')}
            dependencies={[['commander', 'name']]}
            rules={[{ required: typeof name === 'string' && name.trim() !== '', pattern: /^[0-9+\-() ]{5,30}$/, message: t('incidents.form.rule.phone') }]}
          >
            <Input inputMode="tel" maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
