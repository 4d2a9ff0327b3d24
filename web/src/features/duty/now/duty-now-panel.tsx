import type { DutyShift, Region } from '@shouwang/contracts';
import { useQueries } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Skeleton, Tag } from 'antd';
import { PhoneLink } from '../../../components/phone-link';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useRegionChildren } from '../../regions/api/list-regions';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { dutyNowQuery } from '../api/duty-now';

/** 当前值班: who is on duty now in the header's region and in each region directly below it. */
export function DutyNowPanel() {
  const { t } = useI18n();
  const { region } = useSelectedRegion();
  const children = useRegionChildren(region?.code ?? null, region !== null && region.childCount > 0);
  const regions: Region[] = region ? [region, ...(children.data ?? [])] : [];
  const answers = useQueries({ queries: regions.map((r) => dutyNowQuery(r.code)) });
  if (!region) return <Skeleton active />;
  return (
    <Row gutter={[12, 12]} className="sw-duty-now">
      {regions.map((r, n) => {
        const answer = answers[n];
        return (
          <Col key={r.code} xs={24} md={12} xl={8}>
            <Card size="small" className="sw-duty-now-card" data-region-code={r.code} title={r.name} extra={answer?.data?.inherited && <Tag>{t('duty.now.inheritedTag', { name: answer.data.servedByName ?? '' })}</Tag>}>
              {!answer?.data ? <Skeleton active paragraph={{ rows: 2 }} /> : answer.data.shift ? <ShiftPeople shift={answer.data.shift} next={answer.data.nextShift} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.strip.nobody')} />}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

function ShiftPeople({ shift, next }: { shift: DutyShift; next: DutyShift | null }) {
  const { t, language } = useI18n();
  return (
    <div className="sw-duty-people">
      <div className="sw-duty-person sw-duty-person--leader">
        <span className="sw-duty-role">{t('duty.leader')}</span>
        <strong>{shift.leader.name}</strong>
        <PhoneLink phone={shift.leader.phone} icon />
      </div>
      {shift.officers.map((o, n) => (
        <div key={n} className="sw-duty-person">
          <span className="sw-duty-role">{t('duty.officer')}</span>
          <strong>{o.name}</strong>
          <PhoneLink phone={o.phone} icon />
        </div>
      ))}
      <div className="sw-muted sw-duty-small">
        {formatDateTime(shift.startsAt, language)} – {formatDateTime(shift.endsAt, language)}
        {next && <div>{t('duty.now.next', { leader: next.leader.name, officers: next.officers.map((o) => o.name).join('、') })}</div>}
      </div>
    </div>
  );
}
