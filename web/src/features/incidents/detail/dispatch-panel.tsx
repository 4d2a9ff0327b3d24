import type { IncidentDetail } from '@shouwang/contracts';
import { Alert } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { DispatchList } from './dispatch-list';
import { NearbyShelters } from './nearby-shelters';
import { NearbyTeams } from './nearby-teams';
import { SupplyDispatcher } from './supply-dispatcher';

/** 调度: what has been sent and where it is, then the nearest teams, supplies and shelters to send more. */
export function DispatchPanel({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useI18n();
  const located = i.location.lon !== null && i.location.lat !== null;
  return (
    <div className="sw-inc-stack sw-inc-dispatch">
      <DispatchList incident={i} />
      {!located ? (
        <Alert type="warning" showIcon title={t('incidents.dispatch.needsPoint')} />
      ) : (
        i.status !== 'closed' && (
          <>
            <NearbyTeams incident={i} />
            <SupplyDispatcher incident={i} />
            <NearbyShelters incident={i} />
          </>
        )
      )}
    </div>
  );
}
