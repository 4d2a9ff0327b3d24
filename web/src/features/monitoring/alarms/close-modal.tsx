import type { CloseReason } from '@shouwang/contracts';
import { App, Form, Input, Modal, Select } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useCloseAlarm } from '../api/handle-alarm';
import { CLOSE_REASONS, closeReasonLabel } from '../labels';
import type { AlarmModalProps } from './acknowledge-modal';

interface CloseValues {
  reason: CloseReason;
  note: string;
}

/** 关闭: the alarm is dealt with; the reason feeds the statistics of real, false and instrument alarms. */
export function CloseModal({ alarm, open, onClose }: AlarmModalProps) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const close = useCloseAlarm();
  const submit = (values: CloseValues) =>
    close.mutate(
      { id: alarm.id, body: { reason: values.reason, note: values.note.trim() } },
      {
        onSuccess: () => {
          void message.success(t('monitoring.close.done'));
          onClose();
        },
      },
    );
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('monitoring.close.title', { name: alarm.pointName })}
      okText={t('monitoring.action.close')}
      okButtonProps={{ danger: true, className: 'sw-mon-close-submit' }}
      onOk={() => form.submit()}
      confirmLoading={close.isPending}
      className="sw-mon-close-modal"
      destroyOnHidden
    >
      {alarm.conditionClearedAt === null && <p className="sw-mon-warning-text">{t('monitoring.close.stillActive')}</p>}
      <ApiErrorAlert className="sw-mon-alert" error={close.error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('monitoring.close.reason')} rules={[{ required: true, message: t('monitoring.close.reasonRequired') }]}>
          <Select<CloseReason> placeholder={t('monitoring.close.reasonPlaceholder')} options={CLOSE_REASONS.map((value) => ({ value, label: pick(closeReasonLabel(value)) }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('monitoring.close.note')}
          rules={[
            { required: true, whitespace: true, message: t('monitoring.close.noteRequired') },
            { max: 1000, message: t('monitoring.rule.max', { max: 1000 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('monitoring.close.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
