import type { IncidentDetail, ResponseLevel } from '@shouwang/contracts';
import { App, Form, Input, Modal, Radio } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useServerErrors } from '../../../lib/use-server-errors';
import { useChangeResponseLevel, useEndIncident, useTerminateResponse } from '../api/incident-steps';
import { levelKey, RESPONSE_LEVELS as LEVELS } from '../labels';

interface ReasonValues {
  level?: ResponseLevel;
  reason?: string;
}

/** A modal with a required reason (and, for a level change, the new level): the three response steps share it. */
function ReasonModal(props: {
  title: string;
  reasonLabel: string;
  okText: string;
  className: string;
  pending: boolean;
  withLevel?: ResponseLevel;
  onSubmit: (values: ReasonValues, done: () => void, fail: (error: unknown) => void) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReasonValues>();
  const server = useServerErrors(form, ['level', 'reason'] as const, { RESPONSE_LEVEL_UNCHANGED: { field: 'level' } }, { fieldOf: (path) => (path[0] === 'note' ? ['reason'] : path) });
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={props.okText}
      okButtonProps={{ className: `${props.className}-submit`, loading: props.pending, danger: props.withLevel === undefined }}
      className={props.className}
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-inc-alert" error={server.error} />
      <Form<ReasonValues>
        form={form}
        layout="vertical"
        initialValues={{ level: props.withLevel }}
        onFinish={(v) => {
          server.reset();
          props.onSubmit(v, props.onClose, server.show);
        }}
      >
        {props.withLevel !== undefined && (
          <Form.Item name="level" label={t('incidents.response.newLevel')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={LEVELS.map((l) => ({ value: l, label: t(levelKey(l)), disabled: l === props.withLevel }))} />
          </Form.Item>
        )}
        <Form.Item name="reason" label={props.reasonLabel} rules={[{ required: true, whitespace: true, max: 1000, message: t('incidents.response.rule.reason') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ChangeLevelModal({ incident, current, onClose }: { incident: IncidentDetail; current: ResponseLevel; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const change = useChangeResponseLevel();
  return (
    <ReasonModal
      title={t('incidents.response.changeLevel')}
      reasonLabel={t('incidents.response.changeReason')}
      okText={t('incidents.response.changeLevel')}
      className="sw-inc-level-modal"
      pending={change.isPending}
      withLevel={current}
      onClose={onClose}
      onSubmit={(v, done, fail) =>
        change.mutate(
          { id: incident.id, level: v.level ?? current, reason: (v.reason ?? '').trim() },
          { onSuccess: () => (void message.success(t('incidents.response.levelChanged')), done()), onError: fail },
        )
      }
    />
  );
}

export function TerminateModal({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const terminate = useTerminateResponse();
  return (
    <ReasonModal
      title={t('incidents.response.terminate')}
      reasonLabel={t('incidents.response.terminateReason')}
      okText={t('incidents.response.terminate')}
      className="sw-inc-terminate-modal"
      pending={terminate.isPending}
      onClose={onClose}
      onSubmit={(v, done, fail) =>
        terminate.mutate({ id: incident.id, reason: (v.reason ?? '').trim() }, { onSuccess: () => (void message.success(t('incidents.response.terminatedDone')), done()), onError: fail })
      }
    />
  );
}

export function EndIncidentModal({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const end = useEndIncident();
  return (
    <ReasonModal
      title={t('incidents.response.endWithout')}
      reasonLabel={t('incidents.response.endNote')}
      okText={t('incidents.response.end')}
      className="sw-inc-end-modal"
      pending={end.isPending}
      onClose={onClose}
      onSubmit={(v, done, fail) => end.mutate({ id: incident.id, note: (v.reason ?? '').trim() }, { onSuccess: () => (void message.success(t('incidents.response.ended')), done()), onError: fail })}
    />
  );
}
