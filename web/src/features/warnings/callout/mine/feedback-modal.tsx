import type { FeedbackMeasure, Recipient } from '@shouwang/contracts';
import { App, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { useI18n } from '../../../../lib/i18n';
import { useFeedback } from '../api/callout-answers';
import { FEEDBACK_MEASURES, measureKey } from '../callout-labels';
import { FeedbackPhotos, type PickedPhoto } from './feedback-photos';

interface FeedbackFields {
  commanderOnDuty: string;
  villagesAffected: number;
  peopleTransferred: number;
  measures: FeedbackMeasure[];
  note: string;
}

/**
 * 反馈: what was done after the warning — who commands on site, how many villages are affected, how many
 * people were moved, which measures were taken — with photos (浙江“1833”: the first reply within 15 min).
 */
export function FeedbackModal({ recipient: r, onClose }: { recipient: Recipient; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FeedbackFields>();
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const feedback = useFeedback();
  const before = r.feedback;
  const initial: FeedbackFields = {
    commanderOnDuty: before?.commanderOnDuty ?? r.name,
    villagesAffected: before?.villagesAffected ?? 0,
    peopleTransferred: before?.peopleTransferred ?? 0,
    measures: before?.measures ?? [],
    note: before?.note ?? '',
  };

  const submit = (fields: FeedbackFields) =>
    feedback.mutate(
      { id: r.id, body: { ...fields, commanderOnDuty: fields.commanderOnDuty.trim(), note: fields.note.trim(), photos: photos.map(({ name, contentType, dataBase64 }) => ({ name, contentType, dataBase64 })) } },
      {
        onSuccess: () => {
          void message.success(t('callouts.feedback.sent'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      className="sw-callout-feedback-modal"
      title={t('callouts.feedback.formTitle')}
      okText={t('callouts.feedback.submit')}
      cancelText={t('warnings.common.cancel')}
      okButtonProps={{ className: 'sw-callout-feedback-submit', loading: feedback.isPending }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} className="sw-callout-feedback-form">
        <Form.Item name="measures" label={t('callouts.feedback.measures')}>
          <Checkbox.Group className="sw-callout-measures" options={FEEDBACK_MEASURES.map((m) => ({ value: m, label: t(measureKey(m)) }))} />
        </Form.Item>
        <div className="sw-callout-feedback-numbers">
          <Form.Item name="peopleTransferred" label={t('callouts.feedback.transferred')} rules={[{ required: true, message: t('callouts.feedback.numberRequired') }]}>
            <InputNumber min={0} max={10_000_000} precision={0} inputMode="numeric" className="sw-callout-transferred-input" />
          </Form.Item>
          <Form.Item name="villagesAffected" label={t('callouts.feedback.villages')} rules={[{ required: true, message: t('callouts.feedback.numberRequired') }]}>
            <InputNumber min={0} max={100_000} precision={0} inputMode="numeric" className="sw-callout-villages-input" />
          </Form.Item>
        </div>
        <Form.Item name="commanderOnDuty" label={t('callouts.feedback.commander')} rules={[{ required: true, whitespace: true, message: t('callouts.feedback.commanderRequired') }, { max: 50 }]}>
          <Input maxLength={50} className="sw-callout-commander-input" />
        </Form.Item>
        <Form.Item name="note" label={t('callouts.feedback.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('callouts.feedback.notePlaceholder')} className="sw-callout-note-input" />
        </Form.Item>
        <Form.Item label={t('callouts.feedback.photos')} extra={t('callouts.photo.hint')}>
          <FeedbackPhotos value={photos} onChange={setPhotos} />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={feedback.error} onClose={() => feedback.reset()} />
    </Modal>
  );
}
