import type { Alarm } from '@shouwang/contracts';
import { App, Form, Input, Modal } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useAcknowledgeAlarm } from '../api/handle-alarm';

interface AlarmModalProps {
  alarm: Alarm;
  open: boolean;
  onClose: () => void;
}

/** 确认: the duty officer has seen the alarm and takes it; this stops the escalation ladder. */
export function AcknowledgeModal({ alarm, open, onClose }: AlarmModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const acknowledge = useAcknowledgeAlarm();
  const submit = ({ note }: { note?: string }) =>
    acknowledge.mutate(
      { id: alarm.id, note: note?.trim() ?? '' },
      {
        onSuccess: () => {
          void message.success(t('monitoring.ack.done'));
          onClose();
        },
      },
    );
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('monitoring.ack.title', { name: alarm.pointName })}
      okText={t('monitoring.action.acknowledge')}
      onOk={() => form.submit()}
      confirmLoading={acknowledge.isPending}
      className="sw-mon-ack-modal"
      okButtonProps={{ className: 'sw-mon-ack-submit' }}
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-mon-alert" error={acknowledge.error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="note" label={t('monitoring.ack.note')} rules={[{ max: 500, message: t('monitoring.rule.max', { max: 500 }) }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('monitoring.ack.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export type { AlarmModalProps };
