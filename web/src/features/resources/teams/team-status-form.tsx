import type { TeamDetail, TeamStatus } from '@shouwang/contracts';
import { App, Button, Input, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useChangeTeamStatus } from '../api/change-team-status';
import { TEAM_STATUSES, teamStatusLabel } from '../labels';

/** 待命 / 出动 / 休整 / 撤编 with a note; disbanding asks first. Only for resource.manage. */
export function TeamStatusForm({ team }: { team: TeamDetail }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const change = useChangeTeamStatus();
  const [status, setStatus] = useState<TeamStatus | undefined>(undefined);
  const [note, setNote] = useState('');

  const submit = () => {
    if (!status) return;
    change.mutate(
      { id: team.id, body: { status, ...(note.trim() ? { note: note.trim() } : {}) } },
      {
        onSuccess: () => {
          void message.success(t('resources.team.statusChanged', { name: team.name, status: pick(teamStatusLabel(status)) }));
          setStatus(undefined);
          setNote('');
        },
      },
    );
  };

  const button = (
    <Button type="primary" disabled={!status} loading={change.isPending} onClick={status === 'disbanded' ? undefined : submit} className="sw-res-status-submit">
      {t('resources.team.changeStatus')}
    </Button>
  );

  return (
    <div className="sw-res-status-form">
      <ApiErrorAlert className="sw-res-alert" error={change.error} onClose={() => change.reset()} />
      <Space.Compact className="sw-res-full">
        <Select<TeamStatus>
          className="sw-res-status-select"
          placeholder={t('resources.team.newStatus')}
          aria-label={t('resources.team.newStatus')}
          value={status ?? null}
          onChange={setStatus}
          options={TEAM_STATUSES.filter((s) => s !== team.status).map((s) => ({ value: s, label: pick(teamStatusLabel(s)) }))}
          style={{ width: 130 }}
        />
        <Input
          placeholder={t('resources.team.statusNote')}
          aria-label={t('resources.team.statusNote')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          onPressEnter={status && status !== 'disbanded' ? submit : undefined}
        />
        {status === 'disbanded' ? (
          <Popconfirm title={t('resources.team.confirmDisband', { name: team.name })} okButtonProps={{ danger: true }} onConfirm={submit}>
            {button}
          </Popconfirm>
        ) : (
          button
        )}
      </Space.Compact>
    </div>
  );
}
