import { Form, Input, Modal } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';

interface ReasonModalProps {
  title: string;
  label: string;
  placeholder: string;
  requiredMessage: string;
  /** Said above the reason (what happens next). */
  note?: string;
  okText: string;
  /** `reject` → `.sw-warn-reject-modal`, `.sw-warn-reject-submit`. */
  name: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/** 退回 / 解除: both need a reason, which the author and the public record keep. */
export function ReasonModal({ title, label, placeholder, requiredMessage, note, okText, name, pending, error, onSubmit, onClose }: ReasonModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      onCancel={onClose}
      title={title}
      okText={okText}
      cancelText={t('warnings.common.cancel')}
      okButtonProps={{ danger: true, className: `sw-warn-${name}-submit` }}
      onOk={() => form.submit()}
      confirmLoading={pending}
      className={`sw-warn-${name}-modal`}
      destroyOnHidden
    >
      {note && <p className="sw-warn-note">{note}</p>}
      <ApiErrorAlert className="sw-warn-alert" error={error} />
      <Form form={form} layout="vertical" onFinish={({ reason }) => onSubmit(reason.trim())}>
        <Form.Item
          name="reason"
          label={label}
          rules={[
            { required: true, whitespace: true, message: requiredMessage },
            { max: 1000, message: t('warnings.rule.max', { max: 1000 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
