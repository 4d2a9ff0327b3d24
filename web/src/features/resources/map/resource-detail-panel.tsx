import { ArrowLeftOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Tooltip } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { locatableKindKey } from '../labels';
import { FacilityMapDetail } from './facility-map-detail';
import { kindStyle } from './resource-kinds';
import type { ResourceSelection } from './resource-map-state';
import { TeamMapDetail } from './team-map-detail';
import { WarehouseMapDetail } from './warehouse-map-detail';

interface ResourceDetailPanelProps {
  selection: ResourceSelection;
  onClose: () => void;
  /** Back to the list of teams in view, when that list is what the user came from. */
  onBack?: () => void;
}

export function ResourceDetailPanel({ selection, onClose, onBack }: ResourceDetailPanelProps) {
  const { t } = useI18n();
  const style = kindStyle(selection.kind);
  return (
    <Card
      size="small"
      className="sw-res-map-panel sw-res-detail-panel"
      data-kind={selection.kind}
      title={
        <span className="sw-res-panel-title">
          {onBack && (
            <Tooltip title={t('resources.map.backToList')}>
              <Button type="text" size="small" icon={<ArrowLeftOutlined />} aria-label={t('resources.map.backToList')} onClick={onBack} />
            </Tooltip>
          )}
          <span className="sw-res-kind-badge" style={{ background: style.color }}>
            {style.glyph}
          </span>
          <span className="sw-res-panel-name" title={selection.name}>
            {selection.name}
          </span>
        </span>
      }
      extra={<Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('resources.map.closeDetail')} onClick={onClose} />}
    >
      <div className="sw-res-panel-kind">{t(locatableKindKey(selection.kind))}</div>
      {selection.kind === 'team' ? (
        <TeamMapDetail id={selection.id} />
      ) : selection.kind === 'warehouse' ? (
        <WarehouseMapDetail id={selection.id} />
      ) : (
        <FacilityMapDetail id={selection.id} />
      )}
    </Card>
  );
}
