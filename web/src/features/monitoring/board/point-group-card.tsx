import { Card, Tag } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { assetKindLabel, SEVERITY_TAG } from '../labels';
import type { SparklineData } from '../api/get-sparklines';
import type { PointGroup } from './board-groups';
import { PointTile } from './point-tile';

interface PointGroupCardProps {
  group: PointGroup;
  sparklines: SparklineData | undefined;
  onOpen: (id: string) => void;
}

export function PointGroupCard({ group, sparklines, onOpen }: PointGroupCardProps) {
  const { t, pick } = useI18n();
  const title = group.enterprise ? group.enterprise.name : pick(assetKindLabel(group.assetKind));
  return (
    <Card
      size="small"
      className="sw-mon-group"
      data-group={group.key}
      title={
        <span className="sw-mon-group-title">
          <span>{title}</span>
          {group.enterprise && <Tag className="sw-mon-group-kind">{pick(assetKindLabel('hazard_source'))}</Tag>}
          {group.alarmCount > 0 && <Tag color={SEVERITY_TAG[group.worst]}>{t('monitoring.board.groupAlarms', { count: group.alarmCount })}</Tag>}
        </span>
      }
      extra={
        group.enterprise?.id ? (
          <Link to={`/enterprises?enterprise=${encodeURIComponent(group.enterprise.id)}`} className="sw-mon-group-link">
            {t('monitoring.board.enterpriseFile')}
          </Link>
        ) : undefined
      }
    >
      <div className="sw-mon-tiles">
        {group.points.map((point) => (
          <PointTile key={point.id} point={point} sparkline={sparklines?.[point.id]} onOpen={onOpen} />
        ))}
      </div>
    </Card>
  );
}
