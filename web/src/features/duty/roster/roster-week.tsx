import { CheckCircleFilled, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import type { DutyShift } from '@shouwang/contracts';
import { Button, Popover, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PhoneLink } from '../../../components/phone-link';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useNow } from '../../../lib/use-now';
import { useHasPermission } from '../../auth/use-current-user';
import { RegionName } from '../../regions/components/region-name';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useShifts } from '../api/list-shifts';
import { ShiftFormModal } from './shift-form-modal';
import { dayKey, weekDays, weekStart } from './week';

interface RosterRow {
  regionCode: string;
  byDay: Map<string, DutyShift[]>;
}

/** 排班表: a week of the roster, one row per region of the header's subtree, one column per day. */
export function RosterWeek() {
  const { t, language } = useI18n();
  const { region } = useSelectedRegion();
  const canManage = useHasPermission('duty.manage');
  const now = useNow();
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  // The week is fixed by the offset; `now` only moves the highlight of the current shift.
  const start = useMemo(() => weekStart(Date.now(), offset), [offset]);
  const days = useMemo(() => weekDays(start), [start]);
  const end = new Date(start);
  end.setDate(start.getDate() + 7);
  const shifts = useShifts(region?.code, start.toISOString(), end.toISOString());

  const rows = useMemo<RosterRow[]>(() => {
    const byRegion = new Map<string, RosterRow>();
    for (const s of shifts.data?.items ?? []) {
      const row = byRegion.get(s.regionCode) ?? { regionCode: s.regionCode, byDay: new Map<string, DutyShift[]>() };
      const key = dayKey(s.startsAt);
      row.byDay.set(key, [...(row.byDay.get(key) ?? []), s]);
      byRegion.set(s.regionCode, row);
    }
    return [...byRegion.values()].sort((a, b) => a.regionCode.localeCompare(b.regionCode));
  }, [shifts.data]);

  const dayTitle = (d: Date) => d.toLocaleDateString(language === 'en' ? 'en-GB' : 'zh-CN', { month: 'numeric', day: 'numeric', weekday: 'short' });
  const isCurrent = (s: DutyShift) => new Date(s.startsAt).getTime() <= now && now < new Date(s.endsAt).getTime();

  const columns: TableColumnsType<RosterRow> = [
    { title: t('duty.roster.region'), key: 'region', fixed: 'left', width: 110, render: (_, r) => <RegionName code={r.regionCode} /> },
    ...days.map((d) => ({
      title: <span className={dayKey(d) === dayKey(new Date(now)) ? 'sw-duty-today' : undefined}>{dayTitle(d)}</span>,
      key: dayKey(d),
      width: 150,
      render: (_: unknown, r: RosterRow) =>
        (r.byDay.get(dayKey(d)) ?? []).map((s) => (
          <Popover key={s.id} title={<ShiftTitle shift={s} />} content={<ShiftDetail shift={s} />} trigger="click">
            <div className={`sw-duty-cell${isCurrent(s) ? ' sw-duty-cell--current' : ''}`} data-shift-id={s.id} role="button" tabIndex={0}>
              <div>
                <Tag color="red" className="sw-duty-leader-tag">
                  {t('duty.leaderShort')}
                </Tag>
                {s.leader.name}
              </div>
              <div className="sw-duty-small">{s.officers.map((o) => o.name).join('、')}</div>
              {s.handover && (
                <Tooltip title={t('duty.roster.handedOver')}>
                  <CheckCircleFilled className="sw-duty-handed" />
                </Tooltip>
              )}
            </div>
          </Popover>
        )),
    })),
  ];

  return (
    <div className="sw-duty-roster">
      <div className="sw-duty-toolbar">
        <Space.Compact>
          <Button icon={<LeftOutlined />} onClick={() => setOffset((o) => o - 1)} aria-label={t('duty.roster.prev')} />
          <Button onClick={() => setOffset(0)} disabled={offset === 0}>
            {t('duty.roster.thisWeek')}
          </Button>
          <Button icon={<RightOutlined />} onClick={() => setOffset((o) => o + 1)} aria-label={t('duty.roster.next')} />
        </Space.Compact>
        <span className="sw-duty-week">
          {days[0]?.toLocaleDateString(language === 'en' ? 'en-GB' : 'zh-CN')} – {days[6]?.toLocaleDateString(language === 'en' ? 'en-GB' : 'zh-CN')}
        </span>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} className="sw-duty-shift-create">
            {t('duty.roster.create')}
          </Button>
        )}
      </div>
      <ApiErrorAlert error={shifts.error} className="sw-duty-alert" />
      <Table<RosterRow>
        className="sw-duty-roster-table"
        rowKey="regionCode"
        size="small"
        bordered
        columns={columns}
        dataSource={rows}
        loading={shifts.isFetching && !shifts.data}
        scroll={{ x: 'max-content' }}
        pagination={false}
        locale={{ emptyText: t('duty.roster.empty') }}
      />
      {creating && <ShiftFormModal onClose={() => setCreating(false)} />}
    </div>
  );
}

function ShiftTitle({ shift }: { shift: DutyShift }) {
  const { language } = useI18n();
  return (
    <span>
      <RegionName code={shift.regionCode} /> · {formatDateTime(shift.startsAt, language)} – {formatDateTime(shift.endsAt, language)}
    </span>
  );
}

function ShiftDetail({ shift: s }: { shift: DutyShift }) {
  const { t, language } = useI18n();
  return (
    <div className="sw-duty-shift-detail">
      <div>
        {t('duty.leader')}：{s.leader.name} <PhoneLink phone={s.leader.phone} />
      </div>
      {s.officers.map((o, n) => (
        <div key={n}>
          {t('duty.officer')}：{o.name} <PhoneLink phone={o.phone} />
        </div>
      ))}
      {s.note && <div className="sw-muted">{s.note}</div>}
      {s.handover && (
        <div className="sw-duty-handover-note">
          <strong>{t('duty.handover.logTitle', { by: s.handover.by.name, at: formatDateTime(s.handover.at, language) })}</strong>
          <div className="sw-duty-text">{s.handover.log}</div>
          {s.handover.openMatters && (
            <div className="sw-duty-text">
              {t('duty.handover.openMatters')}：{s.handover.openMatters}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
