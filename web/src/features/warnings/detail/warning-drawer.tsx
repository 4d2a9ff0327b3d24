import { DownloadOutlined } from '@ant-design/icons';
import type { Warning } from '@shouwang/contracts';
import { WARNING_LEVELS } from '@shouwang/contracts';
import { Alert, Descriptions, Drawer, Grid, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../regions/components/region-name';
import { useWarning, warningCapUrl } from '../api/get-warning';
import { CapFields } from '../components/cap-fields';
import { WarningLevelTag } from '../components/level-tag';
import { WarningStatusTag } from '../components/status-tag';
import { TargetAreas } from '../components/target-areas';
import { warningTypeName } from '../components/type-name';
import { WarningActions } from '../components/warning-actions';
import { levelColour, sourceKey } from '../labels';
import { CalloutSummary } from '../callout/board/callout-summary';
import { VersionChain } from './version-chain';

// MapLibre is large: the area map's chunk loads only for a warning with drawn areas.
const AreaMap = lazy(() => import('../form/area-map').then((m) => ({ default: m.AreaMap })));

interface WarningDrawerProps {
  id: string | null;
  onClose: () => void;
  onOpen: (id: string) => void;
  onEdit: (warning: Warning) => void;
  onRevise: (warning: Warning) => void;
}

/** A warning's file: what it says, where, every CAP field, who wrote and reviewed it, its versions. */
export function WarningDrawer({ id, onClose, onOpen, onEdit, onRevise }: WarningDrawerProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const warning = useWarning(id);
  const w = warning.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      className="sw-warn-drawer"
      title={
        w ? (
          <Space size={8} wrap className="sw-warn-drawer-title">
            <WarningLevelTag level={w.level} />
            <span>{w.headline}</span>
            <WarningStatusTag status={w.status} />
          </Space>
        ) : (
          t('common.loading')
        )
      }
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-warn-alert" error={warning.error} />
      {!w && !warning.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {w && <WarningFile warning={w} onOpen={onOpen} onEdit={onEdit} onRevise={onRevise} />}
    </Drawer>
  );
}

function WarningFile({ warning: w, onOpen, onEdit, onRevise }: { warning: Warning } & Pick<WarningDrawerProps, 'onOpen' | 'onEdit' | 'onRevise'>) {
  const { t, language, pick } = useI18n();
  const time = (iso: string | null) => (iso ? formatDateTime(iso, language) : t('warnings.common.none'));
  const who = (person: Warning['author'], at: string | null) => (person ? `${person.name} · ${time(at)}` : time(at));
  const shapes = w.areas.polygons.length + w.areas.circles.length;
  return (
    <div className="sw-warn-stack" data-warning-id={w.id} data-status={w.status} data-version={w.version}>
      <WarningActions warning={w} size="middle" onEdit={onEdit} onRevise={onRevise} onOpen={onOpen} />
      {w.status === 'rejected' && w.rejectionReason && (
        <Alert type="warning" showIcon className="sw-warn-rejection" title={`${t('warnings.field.rejectionReason')}：${w.rejectionReason}`} />
      )}
      {w.cancelReason && <Alert type="info" showIcon className="sw-warn-cancellation" title={`${t('warnings.field.cancelReason')}：${w.cancelReason}`} />}
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} className="sw-warn-facts">
        <Descriptions.Item label={t('warnings.field.level')}>
          <Space size={6} wrap>
            <WarningLevelTag level={w.level} />
            {w.level && <span className="sw-muted">{pick({ zh: WARNING_LEVELS[w.level].gradeZh, en: WARNING_LEVELS[w.level].gradeEn })}</span>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.type')}>
          {warningTypeName(w.type, language)} <span className="sw-code sw-muted">{w.type.code}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.status')}>
          <WarningStatusTag status={w.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.source')}>{t(sourceKey(w.source))}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.chain.title')} span={2}>
          <VersionChain warning={w} onOpen={onOpen} />
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.region')}>
          <RegionName code={w.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.targetRegions')}>
          <TargetAreas areas={{ ...w.areas, polygons: [], circles: [] }} />
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.description')} span={2}>
          <div className="sw-warn-text">{w.description}</div>
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.instruction')} span={2}>
          <div className="sw-warn-text">{w.instruction || t('warnings.common.none')}</div>
        </Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.author')}>{who(w.author, w.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.submittedAt')}>{time(w.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.reviewer')}>{w.reviewer ? who(w.reviewer, w.reviewedAt) : t('warnings.common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('warnings.field.publishedAt')}>{time(w.publishedAt)}</Descriptions.Item>
      </Descriptions>

      {w.publishedAt && w.cap.msgType !== 'Cancel' && <CalloutSummary warningId={w.id} />}

      {shapes > 0 && (
        <div>
          <Typography.Title level={5} className="sw-warn-section-title">
            {t('warnings.field.targets')} · {t('warnings.list.shapes', { count: shapes })}
          </Typography.Title>
          <Suspense fallback={<Skeleton.Node active className="sw-warn-map-skeleton" />}>
            <AreaMap value={w.areas} readOnly regionCode={w.areas.regionCodes[0] ?? w.regionCode} colour={levelColour(w.level).fill} />
          </Suspense>
        </div>
      )}

      <div>
        <Typography.Title level={5} className="sw-warn-section-title">
          {t('warnings.cap.title')}
          <a className="sw-warn-cap-download" href={warningCapUrl(w.id)} download={`${w.cap.identifier}.xml`} data-href={warningCapUrl(w.id)}>
            <DownloadOutlined /> {t('warnings.cap.download')}
          </a>
        </Typography.Title>
        <CapFields warning={w} />
      </div>
    </div>
  );
}
