import { SPECIALITY_LABELS, type DispatchStatus, type DispatchStatusChange, type IncidentDetail, type SupplyDispatch, type TeamDispatch } from '@shouwang/contracts';
import { App, Button, Empty, Space, Steps, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { isApiError } from '../../../lib/api-error';
import { formatDateTime, formatNumber, formatReadingTime } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useChangeDispatch, useDispatches } from '../api/dispatch';
import { CallLink } from './call-link';

type Move = DispatchStatusChange['status'];
const statusKey = (s: DispatchStatus): MessageKey => `incidents.dispatch.status.${s}`;
const STATUS_COLOUR: Record<DispatchStatus, string> = { dispatched: 'blue', departed: 'orange', arrived: 'green', returned: 'default', cancelled: 'default' };
/** A team goes 已派遣 → 出发 → 到达 → 返回 (or is called back before arriving); supplies only arrive. */
const TEAM_NEXT: Record<DispatchStatus, Move[]> = { dispatched: ['departed', 'cancelled'], departed: ['arrived', 'cancelled'], arrived: ['returned'], returned: [], cancelled: [] };
const SUPPLY_NEXT: Record<DispatchStatus, Move[]> = { dispatched: ['arrived'], departed: ['arrived'], arrived: [], returned: [], cancelled: [] };
const TEAM_STEPS: DispatchStatus[] = ['dispatched', 'departed', 'arrived', 'returned'];

/** 已派遣: each team with its steps and the buttons that move it on; each consignment of supplies. */
export function DispatchList({ incident }: { incident: IncidentDetail }) {
  const { t, pick, language } = useI18n();
  const { message } = App.useApp();
  const canCommand = useHasPermission('incident.command');
  const dispatches = useDispatches(incident.id);
  const change = useChangeDispatch(incident.id);
  const move = (dispatchId: string, name: string, status: Move) =>
    change.mutate(
      { dispatchId, body: { status } },
      {
        onSuccess: () => void message.success(t('incidents.dispatch.moved', { name, status: t(statusKey(status)) })),
        onError: (e) => void message.error(isApiError(e) ? e.message : t('error.unknown')),
      },
    );
  const buttons = (id: string, name: string, next: Move[]) =>
    canCommand && (
      <Space size={4} wrap>
        {next.map((s) => (
          <Button key={s} size="small" type={s === 'cancelled' ? 'default' : 'primary'} danger={s === 'cancelled'} className={`sw-inc-dispatch-to-${s}`} onClick={() => move(id, name, s)} loading={change.isPending && change.variables?.dispatchId === id && change.variables.body.status === s}>
            {t(`incidents.dispatch.to.${s}`)}
          </Button>
        ))}
      </Space>
    );

  const teamColumns: TableColumnsType<TeamDispatch> = [
    {
      title: t('incidents.dispatch.team'),
      key: 'team',
      width: 200,
      render: (_, d) => (
        <div>
          <strong>{d.team.name}</strong>
          <div className="sw-inc-small">
            {d.team.specialities.map((s) => pick(SPECIALITY_LABELS[s])).join('、')}
          </div>
          <div className="sw-inc-small">
            {d.team.leader} <CallLink incidentId={incident.id} phone={d.team.phone} name={`${d.team.name} ${d.team.leader}`} />
          </div>
        </div>
      ),
    },
    {
      title: t('incidents.dispatch.progress'),
      key: 'progress',
      width: 340,
      render: (_, d) =>
        d.status === 'cancelled' ? (
          <Tag>{t(statusKey('cancelled'))}</Tag>
        ) : (
          <Steps
            size="small"
            className="sw-inc-dispatch-steps"
            current={TEAM_STEPS.indexOf(d.status)}
            items={TEAM_STEPS.map((s) => {
              const step = d.steps.find((x) => x.status === s);
              return { title: t(statusKey(s)), content: step ? formatReadingTime(step.at, language) : undefined };
            })}
          />
        ),
    },
    { title: t('incidents.dispatch.eta'), key: 'eta', width: 90, render: (_, d) => (d.etaMinutes === null ? '—' : t('incidents.dispatch.minutes', { n: Math.round(d.etaMinutes) })) },
    { title: '', key: 'actions', width: 150, render: (_, d) => buttons(d.id, d.team.name, TEAM_NEXT[d.status]) },
  ];
  const supplyColumns: TableColumnsType<SupplyDispatch> = [
    { title: t('incidents.dispatch.item'), key: 'item', width: 200, render: (_, d) => <strong>{`${d.item.name} ${formatNumber(d.quantity, language)} ${d.item.unit}`}</strong> },
    { title: t('incidents.dispatch.warehouse'), key: 'warehouse', width: 200, render: (_, d) => d.warehouse.name },
    { title: t('incidents.dispatch.statusTitle'), key: 'status', width: 170, render: (_, d) => <><Tag color={STATUS_COLOUR[d.status]}>{t(`incidents.dispatch.supplyStatus.${d.status}`)}</Tag><span className="sw-muted sw-inc-small">{formatDateTime(d.arrivedAt ?? d.dispatchedAt, language)}</span></> },
    { title: '', key: 'actions', width: 100, render: (_, d) => buttons(d.id, d.item.name, SUPPLY_NEXT[d.status]) },
  ];

  const data = dispatches.data;
  return (
    <div className="sw-inc-dispatches">
      <Typography.Title level={5} className="sw-inc-section-title">
        {t('incidents.dispatch.sentTitle')}
      </Typography.Title>
      <ApiErrorAlert error={dispatches.error} className="sw-inc-alert" />
      {data && data.teams.length === 0 && data.supplies.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.dispatch.noneSent')} />}
      {data && data.teams.length > 0 && (
        <Table<TeamDispatch>
          className="sw-inc-team-dispatch-table"
          rowKey="id"
          size="small"
          columns={teamColumns}
          dataSource={data.teams}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(d) => ({ 'data-dispatch-id': d.id, 'data-team-id': d.team.id, 'data-status': d.status }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
      {data && data.supplies.length > 0 && (
        <Table<SupplyDispatch>
          className="sw-inc-supply-dispatch-table"
          rowKey="id"
          size="small"
          columns={supplyColumns}
          dataSource={data.supplies}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(d) => ({ 'data-dispatch-id': d.id, 'data-status': d.status, 'data-quantity': d.quantity }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
    </div>
  );
}
