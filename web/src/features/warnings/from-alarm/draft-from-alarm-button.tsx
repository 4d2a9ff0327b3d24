import { NotificationOutlined } from '@ant-design/icons';
import { WARNING_LEVELS, type Alarm, type Warning, type WarningFromAlarm, type WarningLevel } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { apiFetch } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { warningsKey } from '../api/types';
import { WarningLevelTag } from '../components/level-tag';

const LEVELS: WarningLevel[] = [1, 2, 3, 4];

/**
 * 发布预警 from a monitoring alarm: the server drafts the warning from the alarm's place, reading and
 * region; the author only picks the level here (no rule maps a sensor condition to a warning level), then
 * edits and submits the draft for review on the warnings page.
 */
export function DraftFromAlarmButton({ alarm, size }: { alarm: Alarm; size: 'small' | 'middle' }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canWrite = useHasPermission('warning.write');
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState<WarningLevel>(3);
  const draft = useMutation({
    mutationFn: (body: WarningFromAlarm) => apiFetch<Warning>(`/warnings/from-alarm/${encodeURIComponent(alarm.id)}`, { method: 'POST', body }),
    onSuccess: async (w) => {
      await queryClient.invalidateQueries({ queryKey: warningsKey });
      setOpen(false);
      void navigate(`/warnings?warning=${encodeURIComponent(w.id)}`);
    },
  });
  if (!canWrite || alarm.condition === 'OFFLINE') return null;
  return (
    <>
      <Button size={size} icon={<NotificationOutlined />} className="sw-mon-to-warning" onClick={() => setOpen(true)}>
        {t('warnings.fromAlarm.action')}
      </Button>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        title={t('warnings.fromAlarm.title', { name: `${alarm.enterpriseName ?? alarm.assetName} ${alarm.pointName}` })}
        okText={t('warnings.fromAlarm.ok')}
        onOk={() => draft.mutate({ level })}
        confirmLoading={draft.isPending}
        okButtonProps={{ className: 'sw-mon-to-warning-submit' }}
        destroyOnHidden
      >
        <ApiErrorAlert error={draft.error} />
        <Typography.Paragraph type="secondary">{t('warnings.fromAlarm.hint')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('warnings.field.level')} required>
            <Radio.Group value={level} onChange={(e) => setLevel(e.target.value as WarningLevel)} className="sw-mon-to-warning-level">
              {LEVELS.map((l) => (
                <Radio key={l} value={l} data-level={l} aria-label={WARNING_LEVELS[l].colour}>
                  <WarningLevelTag level={l} />
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
