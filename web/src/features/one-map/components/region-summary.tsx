import { AimOutlined } from '@ant-design/icons';
import type { Region } from '@shouwang/contracts';
import { Breadcrumb, Button, Card, Tooltip, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { RegionLevelTag } from '../../regions/components/region-level-tag';
import { hasCoords } from '../region-geometry';

interface RegionSummaryProps {
  region: Region;
  path: Region[];
  childrenList: Region[] | undefined;
  onSelect: (code: string) => void;
  onFrame: () => void;
}

export function RegionSummary({ region, path, childrenList, onSelect, onFrame }: RegionSummaryProps) {
  const { t } = useI18n();
  const missing = childrenList ? childrenList.filter((r) => !hasCoords(r)).length : 0;
  return (
    <Card size="small" className="sw-region-summary" data-region-code={region.code}>
      <div className="sw-region-summary-head">
        <Breadcrumb
          items={path.map((r) =>
            r.code === region.code
              ? { key: r.code, title: <strong>{r.name}</strong> }
              : {
                  key: r.code,
                  title: (
                    <Button type="link" size="small" className="sw-crumb" onClick={() => onSelect(r.code)}>
                      {r.name}
                    </Button>
                  ),
                },
          )}
        />
        <Tooltip title={t('map.fitRegion')}>
          <Button size="small" type="text" icon={<AimOutlined />} aria-label={t('map.fitRegion')} onClick={onFrame} />
        </Tooltip>
      </div>
      <Typography.Text type="secondary" className="sw-region-summary-meta">
        <RegionLevelTag level={region.level} />
        {region.childCount > 0 ? t('map.children', { count: region.childCount }) : t('map.leaf')}
        {missing > 0 && ` · ${t('map.childrenMissingCoords', { count: missing })}`}
      </Typography.Text>
    </Card>
  );
}
