import type { IncidentDetail } from '@shouwang/contracts';
import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../regions/components/region-name';
import { FiguresLine } from '../components/figures-line';
import { categoryKey } from '../labels';
import { CallLink } from './call-link';

/** What is known: type, times, place, unit, casualties, who called it in and where it came from. */
export function IncidentFacts({ incident: i }: { incident: IncidentDetail }) {
  const { t, language } = useI18n();
  const time = (iso: string | null) => (iso ? formatDateTime(iso, language) : '—');
  const source =
    i.source.kind === 'alarm' && i.source.refId ? (
      <Link to={`/monitoring?tab=alarms&alarm=${encodeURIComponent(i.source.refId)}`} className="sw-inc-source-link">
        {i.source.label ?? t('incidents.source.alarm')}
      </Link>
    ) : i.source.kind === 'warning' && i.source.refId ? (
      <Link to={`/warnings?warning=${encodeURIComponent(i.source.refId)}`} className="sw-inc-source-link">
        {i.source.label ?? t('incidents.source.warning')}
      </Link>
    ) : (
      t(`incidents.source.${i.source.kind}`)
    );
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} className="sw-inc-facts">
      <Descriptions.Item label={t('incidents.field.type')}>
        {t(categoryKey(i.category))} · {i.type.name}
      </Descriptions.Item>
      <Descriptions.Item label={t('incidents.field.region')}>
        <RegionName code={i.regionCode} />
      </Descriptions.Item>
      <Descriptions.Item label={t('incidents.field.occurredAt')}>{time(i.occurredAt)}</Descriptions.Item>
      <Descriptions.Item label={t('incidents.field.receivedAt')}>{time(i.receivedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('incidents.field.place')} span={2}>
        {i.location.text}
        {i.location.lon !== null && i.location.lat !== null && (
          <span className="sw-muted sw-code">
            {' '}
            ({i.location.lon.toFixed(5)}, {i.location.lat.toFixed(5)})
          </span>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('incidents.field.figures')} span={2}>
        <FiguresLine figures={i.figures} />
      </Descriptions.Item>
      <Descriptions.Item label={t('incidents.field.summary')} span={2}>
        <div className="sw-inc-text">{i.summary}</div>
      </Descriptions.Item>
      {i.unit && (
        <Descriptions.Item label={t('incidents.intake.unit')} span={2}>
          {[i.unit.name, i.unit.industry, i.unit.nature, i.unit.address, i.unit.uscc].filter(Boolean).join(' · ')}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('incidents.field.source')}>{source}</Descriptions.Item>
      <Descriptions.Item label={t('incidents.intake.informant')}>
        {i.informant ? (
          <>
            {i.informant.name}
            {i.informant.unit && <span className="sw-muted"> · {i.informant.unit}</span>} <CallLink incidentId={i.id} phone={i.informant.phone} name={i.informant.name} />
          </>
        ) : (
          '—'
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('incidents.field.reportedBy')}>
        {i.reportedBy.name} · {time(i.createdAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t('incidents.field.endedAt')}>{i.closedAt ? `${time(i.endedAt)} / ${time(i.closedAt)}` : time(i.endedAt)}</Descriptions.Item>
    </Descriptions>
  );
}
