import { CheckOutlined, FormOutlined, StopOutlined } from '@ant-design/icons';
import type { Alarm } from '@shouwang/contracts';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { AcknowledgeModal } from './acknowledge-modal';
import { CloseModal } from './close-modal';
import { NoteModal } from './note-modal';
import { DraftFromAlarmButton } from '../../warnings';
import { ToIncidentButton } from './to-incident-button';

type Dialog = 'acknowledge' | 'note' | 'close' | null;

/**
 * 确认 / 处置记录 / 关闭, offered as the alarm's status allows and only to users who handle alarms
 * (alarm.handle); the server checks both again. A note may be written before acknowledging, but an
 * alarm is closed only once someone has acknowledged it.
 */
export function AlarmActions({ alarm, size = 'small' }: { alarm: Alarm; size?: 'small' | 'middle' }) {
  const { t } = useI18n();
  const canHandle = useHasPermission('alarm.handle');
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!canHandle || alarm.status === 'closed') return null;
  const close = () => setDialog(null);
  return (
    <>
      <Space size={4} wrap className="sw-mon-alarm-actions">
        {alarm.status === 'raised' && (
          <Button size={size} type="primary" icon={<CheckOutlined />} className="sw-mon-ack" onClick={() => setDialog('acknowledge')}>
            {t('monitoring.action.acknowledge')}
          </Button>
        )}
        <Button size={size} icon={<FormOutlined />} className="sw-mon-note" onClick={() => setDialog('note')}>
          {t('monitoring.action.note')}
        </Button>
        {alarm.acknowledgedAt !== null && (
          <Button size={size} danger icon={<StopOutlined />} className="sw-mon-close" onClick={() => setDialog('close')}>
            {t('monitoring.action.close')}
          </Button>
        )}
        <DraftFromAlarmButton alarm={alarm} size={size} />
        <ToIncidentButton alarm={alarm} size={size} />
      </Space>
      {dialog === 'acknowledge' && <AcknowledgeModal alarm={alarm} open onClose={close} />}
      {dialog === 'note' && <NoteModal alarm={alarm} open onClose={close} />}
      {dialog === 'close' && <CloseModal alarm={alarm} open onClose={close} />}
    </>
  );
}
