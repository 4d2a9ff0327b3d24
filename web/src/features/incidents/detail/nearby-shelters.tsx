import type { IncidentDetail } from '@shouwang/contracts';
import { List, Typography } from 'antd';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useNearby } from '../api/dispatch';

/** 就近避难场所: shelters with room nearest the incident, for an evacuation order; each opens its record. */
export function NearbyShelters({ incident }: { incident: IncidentDetail }) {
  const { t, language } = useI18n();
  const shelters = useNearby(incident.id, { kind: 'shelter', n: 5, ...(incident.figures.evacuated > 0 ? { minFreeCapacity: incident.figures.evacuated } : {}) });
  return (
    <div className="sw-inc-shelters">
      <Typography.Title level={5} className="sw-inc-section-title">
        {t('incidents.dispatch.sheltersTitle')}
      </Typography.Title>
      <List
        size="small"
        bordered
        loading={shelters.isLoading}
        dataSource={shelters.data?.items ?? []}
        locale={{ emptyText: t('incidents.dispatch.noShelters') }}
        renderItem={(s) => (
          <List.Item extra={`${formatNumber(s.distanceKm, language, 1)} km`}>
            <Link to={`/resources?tab=facilities&facility=${encodeURIComponent(s.id)}`}>{s.name}</Link>
            <span className="sw-muted sw-inc-small">{t('incidents.dispatch.freeCapacity', { n: formatNumber(s.freeCapacity ?? 0, language) })}</span>
          </List.Item>
        )}
      />
    </div>
  );
}
