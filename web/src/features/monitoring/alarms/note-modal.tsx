import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useAddAlarmNote } from '../api/handle-alarm';
import type { AlarmModalProps } from './acknowledge-modal';
import { MAX_PHOTOS, PhotoPicker, type PickedPhoto } from './photo-picker';

/** 处置记录: what was done on site, with up to four photos. */
export function NoteModal({ alarm, open, onClose }: AlarmModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const addNote = useAddAlarmNote();
  const submit = ({ text }: { text: string }) =>
    addNote.mutate(
      { id: alarm.id, body: { text: text.trim(), photos: photos.map(({ name, contentType, dataBase64 }) => ({ name, contentType, dataBase64 })) } },
      {
        onSuccess: () => {
          void message.success(t('monitoring.note.done'));
          onClose();
        },
      },
    );
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('monitoring.note.title', { name: alarm.pointName })}
      okText={t('monitoring.note.submit')}
      onOk={() => form.submit()}
      confirmLoading={addNote.isPending}
      className="sw-mon-note-modal"
      okButtonProps={{ className: 'sw-mon-note-submit' }}
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-mon-alert" error={addNote.error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="text"
          label={t('monitoring.note.text')}
          rules={[
            { required: true, whitespace: true, message: t('monitoring.note.textRequired') },
            { max: 2000, message: t('monitoring.rule.max', { max: 2000 }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('monitoring.note.textPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('monitoring.note.photos', { max: MAX_PHOTOS })} extra={t('monitoring.note.photosHint')}>
          <PhotoPicker value={photos} onChange={setPhotos} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
