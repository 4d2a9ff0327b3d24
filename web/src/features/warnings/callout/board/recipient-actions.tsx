import { MessageOutlined, PhoneOutlined, RedoOutlined, SolutionOutlined } from '@ant-design/icons';
import type { Recipient } from '@shouwang/contracts';
import { App, Button, Dropdown, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { PhoneLink } from '../../../../components/phone-link';
import { useI18n } from '../../../../lib/i18n';
import { useAcknowledge, useRecall } from '../api/callout-answers';
import { isUnanswered } from '../callout-labels';

/** 再次叫应 by SMS or voice: one click picks the channel, the call goes out at once. */
export function RecallButton({ ids, label, className, disabled }: { ids: string[]; label: string; className?: string; disabled?: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const recall = useRecall();
  const run = (channel: 'sms' | 'voice') =>
    recall.mutate(
      { ids, channel },
      {
        onSuccess: (count) => void message.success(t('callouts.recall.done', { count, channel: t(channel === 'sms' ? 'callouts.channel.sms' : 'callouts.channel.voice') })),
        onError: (error) => void message.error(error.message),
      },
    );
  return (
    <Dropdown
      disabled={disabled || ids.length === 0}
      trigger={['click']}
      menu={{
        items: [
          { key: 'sms', icon: <MessageOutlined />, label: t('callouts.recall.sms'), className: 'sw-callout-recall-sms' },
          { key: 'voice', icon: <PhoneOutlined />, label: t('callouts.recall.voice'), className: 'sw-callout-recall-voice' },
        ],
        onClick: ({ key }) => run(key as 'sms' | 'voice'),
      }}
    >
      <Button size="small" icon={<RedoOutlined />} loading={recall.isPending} className={className}>
        {label}
      </Button>
    </Dropdown>
  );
}

/** The duty officer reached the person by phone and records the 收到 for them, with a note of the call. */
export function ProxyAcknowledge({ recipient: r }: { recipient: Recipient }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const ack = useAcknowledge();
  if (!isUnanswered(r.state)) return null;
  const close = () => {
    ack.reset();
    setOpen(false);
  };
  return (
    <>
      <Button size="small" icon={<SolutionOutlined />} className="sw-callout-proxy-ack" onClick={() => setOpen(true)}>
        {t('callouts.proxy.button')}
      </Button>
      {open && (
        <Modal
          open
          className="sw-callout-proxy-modal"
          title={t('callouts.proxy.title', { name: r.name })}
          okText={t('callouts.proxy.ok')}
          cancelText={t('warnings.common.cancel')}
          okButtonProps={{ className: 'sw-callout-proxy-submit', loading: ack.isPending }}
          onCancel={close}
          onOk={() => form.submit()}
          destroyOnHidden
        >
          <Space orientation="vertical" size={12} className="sw-callout-modal-body">
            <div>
              {r.regionName} · {r.post} · <PhoneLink phone={r.phone} icon />
            </div>
            <Form
              form={form}
              layout="vertical"
              onFinish={({ note }) =>
                ack.mutate(
                  { id: r.id, note: note.trim() },
                  {
                    onSuccess: () => {
                      void message.success(t('callouts.proxy.done', { name: r.name }));
                      setOpen(false);
                    },
                  },
                )
              }
            >
              <Form.Item name="note" label={t('callouts.proxy.note')} rules={[{ required: true, whitespace: true, message: t('callouts.proxy.noteRequired') }, { max: 500 }]}>
                <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('callouts.proxy.placeholder')} />
              </Form.Item>
            </Form>
            <ApiErrorAlert error={ack.error} onClose={() => ack.reset()} />
          </Space>
        </Modal>
      )}
    </>
  );
}
