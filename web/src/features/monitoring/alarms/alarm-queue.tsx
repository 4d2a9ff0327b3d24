import { EnvironmentOutlined } from '@ant-design/icons';
import type { Alarm, AlarmCondition } from '@shouwang/contracts';
import { Button, Grid, Segmented, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatReadingTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { OnDutyStrip } from '../../duty';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useAlarms, type AlarmStatusFilter } from '../api/list-alarms';
import { AlarmStatusTag } from '../components/alarm-status-tag';
import { ConditionTag } from '../components/condition-tag';
import { ALARM_CONDITIONS, alarmStatusLabel, conditionLabel } from '../labels';
import { AlarmActions } from './alarm-actions';
import { AlarmReading } from './alarm-reading';
import { EscalationCountdown } from './escalation-countdown';
import { EscalationSummary } from './escalation-summary';

const PAGE_SIZE = 20;
const STATUS_CHOICES: AlarmStatusFilter[] = ['open', 'raised', 'acknowledged', 'handling', 'closed'];

/** 报警队列: the duty officer's work list, open alarms newest first, handled from the row. */
export function AlarmQueue({ onOpenAlarm }: { onOpenAlarm: (id: string) => void }) {
  const { t, pick, language } = useI18n();
  const { region } = useSelectedRegion();
  const screens = Grid.useBreakpoint();
  const [status, setStatus] = useState<AlarmStatusFilter>('open');
  const [condition, setCondition] = useState<AlarmCondition | undefined>();
  const [paging, setPaging] = useState({ page: 1, key: '' });
  const filterKey = `${region?.code ?? ''}|${status}|${condition ?? ''}`;
  // A new region or filter starts again at page 1.
  const page = paging.key === filterKey ? paging.page : 1;
  const alarms = useAlarms({ regionCode: region?.code, status, condition, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, region !== null);

  // The point's name opens the alarm's file; the point's own trend is one click further, from there.
  const columns: TableColumnsType<Alarm> = [
    { title: t('monitoring.alarm.raisedAt'), key: 'raisedAt', width: 96, render: (_, a) => <time dateTime={a.raisedAt}>{formatReadingTime(a.raisedAt, language)}</time> },
    {
      title: t('monitoring.alarm.point'),
      key: 'point',
      width: 210,
      render: (_, a) => (
        <div className="sw-mon-alarm-point">
          <Button type="link" className="sw-mon-link sw-mon-open-alarm" onClick={() => onOpenAlarm(a.id)}>
            {a.pointName}
          </Button>
          <div className="sw-mon-small sw-muted">{a.enterpriseName ?? (a.assetName || a.pointCode)}</div>
        </div>
      ),
    },
    { title: t('monitoring.alarm.condition'), key: 'condition', width: 96, render: (_, a) => <ConditionTag condition={a.condition} /> },
    { title: t('monitoring.alarm.valueVsLimit'), key: 'value', width: 140, render: (_, a) => <AlarmReading alarm={a} /> },
    {
      title: t('monitoring.alarm.status'),
      key: 'status',
      width: 100,
      render: (_, a) => (
        <span className="sw-mon-inline">
          <AlarmStatusTag status={a.status} />
          {a.conditionClearedAt && a.status !== 'closed' && <Tag className="sw-mon-cleared">{t('monitoring.alarm.cleared')}</Tag>}
        </span>
      ),
    },
    { title: t('monitoring.alarm.escalation'), key: 'escalation', width: 170, render: (_, a) => <EscalationSummary alarm={a} /> },
    { title: t('monitoring.alarm.nextEscalation'), key: 'next', width: 96, render: (_, a) => (a.status === 'closed' ? '—' : <EscalationCountdown at={a.nextEscalationAt} />) },
    // Pinned on wide screens so the buttons never scroll away; on a phone it would cover the point's name.
    { title: t('monitoring.alarm.actions'), key: 'actions', width: 280, fixed: screens.md ? 'right' : undefined, render: (_, a) => <AlarmActions alarm={a} /> },
  ];

  return (
    <div className="sw-mon-queue">
      {/* Who to call about an alarm: the leader and officers on duty now. */}
      <OnDutyStrip regionCode={region?.code} />
      <div className="sw-mon-toolbar">
        {region && (
          <Tag icon={<EnvironmentOutlined />} color="blue" className="sw-mon-region-tag" data-region-code={region.code}>
            {region.name}
          </Tag>
        )}
        <Segmented<AlarmStatusFilter>
          className="sw-mon-filter-status"
          value={status}
          onChange={setStatus}
          options={STATUS_CHOICES.map((value) => ({ value, label: value === 'open' ? t('monitoring.alarm.statusOpen') : pick(alarmStatusLabel(value)) }))}
        />
        <Select<AlarmCondition>
          className="sw-mon-filter-condition"
          style={{ width: 140 }}
          allowClear
          placeholder={t('monitoring.alarm.allConditions')}
          aria-label={t('monitoring.alarm.condition')}
          value={condition ?? null}
          onChange={(next) => setCondition(next ?? undefined)}
          options={ALARM_CONDITIONS.map((value) => ({ value, label: pick(conditionLabel(value)) }))}
          popupMatchSelectWidth={false}
        />
      </div>
      <ApiErrorAlert className="sw-mon-alert" error={alarms.error} />
      <Table<Alarm>
        className="sw-mon-alarm-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={alarms.data?.items ?? []}
        loading={alarms.isFetching && !alarms.data}
        scroll={{ x: 'max-content' }}
        rowClassName={(a) => `sw-mon-alarm-row sw-mon-alarm-row--${a.status}`}
        onRow={(a) => ({ 'data-alarm-id': a.id, 'data-status': a.status, onDoubleClick: () => onOpenAlarm(a.id) }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('monitoring.alarm.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: alarms.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('monitoring.common.total', { total }),
          onChange: (next) => setPaging({ page: next, key: filterKey }),
          size: 'small',
        }}
      />
    </div>
  );
}
