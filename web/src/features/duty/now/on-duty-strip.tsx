import { ScheduleOutlined } from '@ant-design/icons';
import type { DutyPerson } from '@shouwang/contracts';
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useDutyNow } from '../api/duty-now';
import './on-duty-strip.css';

export interface OnDutyStripProps {
  regionCode: string | undefined;
  /**
   * How a phone number is shown; by default a plain tel: link. The incident file passes one that also
   * logs the call on the incident's timeline.
   */
  phoneLink?: (person: DutyPerson) => ReactNode;
}

/** 今日值班: one line naming the 带班领导 and 值班员 on duty now in a region, each a tap away from a call. */
export function OnDutyStrip({ regionCode, phoneLink }: OnDutyStripProps) {
  const { t, language } = useI18n();
  const now = useDutyNow(regionCode);
  const dial = (p: DutyPerson) => (phoneLink ? phoneLink(p) : <PhoneLink phone={p.phone} />);
  if (now.isLoading) return <Skeleton.Input active size="small" className="sw-duty-strip-skeleton" />;
  const d = now.data;
  const shift = d?.shift;
  return (
    <div className="sw-duty-strip" data-region-code={d?.servedBy ?? ''} data-on-duty={shift ? 'yes' : 'no'}>
      <Link to="/duty" className="sw-duty-strip-title">
        <ScheduleOutlined /> {t('duty.strip.title')}
      </Link>
      {shift ? (
        <>
          {d.servedByName && <span className="sw-muted">{d.inherited ? t('duty.strip.inherited', { name: d.servedByName }) : d.servedByName}</span>}
          <span className="sw-duty-strip-person">
            <span className="sw-muted">{t('duty.leader')}</span> {shift.leader.name} {dial(shift.leader)}
          </span>
          {shift.officers.map((o, n) => (
            <span key={n} className="sw-duty-strip-person">
              <span className="sw-muted">{t('duty.officer')}</span> {o.name} {dial(o)}
            </span>
          ))}
          <span className="sw-muted sw-duty-small">{t('duty.strip.until', { time: formatDateTime(shift.endsAt, language) })}</span>
        </>
      ) : (
        <span className="sw-muted">{t('duty.strip.nobody')}</span>
      )}
    </div>
  );
}
