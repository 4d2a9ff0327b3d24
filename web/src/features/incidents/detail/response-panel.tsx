import { ArrowUpOutlined, PoweroffOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { RESPONSE_LEVELS, type IncidentDetail } from '@shouwang/contracts';
import { Alert, Button, Descriptions, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { ResponseLevelTag } from '../components/response-level-tag';
import { CallLink } from './call-link';
import { ActivateResponseForm } from './activate-response-form';
import { ChangeLevelModal, EndIncidentModal, TerminateModal } from './response-modals';

type Dialog = 'level' | 'terminate' | 'end' | null;

/** 应急响应: activate a level on a basis with a command body, change it, terminate it. */
export function ResponsePanel({ incident: i }: { incident: IncidentDetail }) {
  const { t, language } = useI18n();
  const canCommand = useHasPermission('incident.command');
  const [dialog, setDialog] = useState<Dialog>(null);
  const r = i.response;
  const active = r?.status === 'active';
  const time = (iso: string | null) => (iso ? formatDateTime(iso, language) : '—');

  return (
    <div className="sw-inc-response" data-response-status={r?.status ?? 'none'} data-level={r?.level ?? 'none'}>
      <Typography.Title level={5} className="sw-inc-section-title">
        <ThunderboltOutlined /> {t('incidents.response.title')}
        {active && <ResponseLevelTag level={r.level} />}
      </Typography.Title>
      {r ? (
        <>
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} className="sw-inc-response-facts">
            <Descriptions.Item label={t('incidents.response.level')}>
              {t('incidents.response.levelText', { roman: RESPONSE_LEVELS[r.level].roman })}
              {r.status === 'terminated' && <span className="sw-muted"> · {t('incidents.response.terminated')}</span>}
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.response.commandBody')}>{r.commandBody?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('incidents.response.basis')} span={2}>
              <div className="sw-inc-text">{r.basis}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.response.commander')}>
              {r.commander ? (
                <>
                  {r.commander.name} <span className="sw-muted">{r.commander.title}</span> <CallLink incidentId={i.id} phone={r.commander.phone} name={r.commander.name} />
                </>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.response.startedAt')}>
              {time(r.startedAt)} · {r.startedBy}
            </Descriptions.Item>
            {r.terminatedAt && (
              <Descriptions.Item label={t('incidents.response.terminatedAt')} span={2}>
                {time(r.terminatedAt)} · {r.terminatedBy} · {r.terminateReason}
              </Descriptions.Item>
            )}
          </Descriptions>
          {r.levelChanges.length > 0 && (
            <Timeline
              className="sw-inc-level-changes"
              items={r.levelChanges.map((c, n) => ({
                key: n,
                content: t('incidents.response.changed', { from: RESPONSE_LEVELS[c.from].roman, to: RESPONSE_LEVELS[c.to].roman, at: time(c.at), by: c.by, reason: c.reason }),
              }))}
            />
          )}
          {canCommand && active && (
            <Space wrap className="sw-inc-response-actions">
              <Button icon={<ArrowUpOutlined />} onClick={() => setDialog('level')} className="sw-inc-change-level">
                {t('incidents.response.changeLevel')}
              </Button>
              <Button danger icon={<PoweroffOutlined />} onClick={() => setDialog('terminate')} className="sw-inc-terminate">
                {t('incidents.response.terminate')}
              </Button>
            </Space>
          )}
        </>
      ) : (
        i.status === 'active' && !canCommand && <Alert type="info" showIcon title={t('incidents.response.none')} />
      )}
      {canCommand && i.status === 'active' && !active && (
        <>
          <ActivateResponseForm incident={i} />
          <Button type="link" onClick={() => setDialog('end')} className="sw-inc-end">
            {t('incidents.response.endWithout')}
          </Button>
        </>
      )}
      {dialog === 'level' && r && <ChangeLevelModal incident={i} current={r.level} onClose={() => setDialog(null)} />}
      {dialog === 'terminate' && <TerminateModal incident={i} onClose={() => setDialog(null)} />}
      {dialog === 'end' && <EndIncidentModal incident={i} onClose={() => setDialog(null)} />}
    </div>
  );
}
