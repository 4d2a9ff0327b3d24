import type { HazardSource } from '@shouwang/contracts';
import { Drawer, Grid, Skeleton, Space, Tabs, Typography } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
// Straight to the component, not through the feature's index: that one carries the map layer and MapLibre with it.
import { EnterprisePoints } from '../../monitoring/components/enterprise-points';
import { useEnterprise } from '../api/get-enterprise';
import { RiskGradeTag } from '../components/risk-grade-tag';
import { EnterpriseOverview } from './enterprise-overview';
import { HazardSourceCard } from './hazard-source-card';
import { RiskIndexCard } from './risk-index-card';

const GRADE_RANK = { level1: 0, level2: 1, level3: 2, level4: 3 } as const;
/** 一级 first: the source that matters most is read first; sources that are not major come last. */
const byGrade = (sources: HazardSource[]) =>
  [...sources].sort((a, b) => (a.assessment.grade ? GRADE_RANK[a.assessment.grade] : 9) - (b.assessment.grade ? GRADE_RANK[b.assessment.grade] : 9));

interface EnterpriseDrawerProps {
  id: string | null;
  onClose: () => void;
}

/** An enterprise's file: register, risk index, major hazard sources with their working, and live points. */
export function EnterpriseDrawer({ id, onClose }: EnterpriseDrawerProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const canSeeAlarms = useHasPermission('alarm.read');
  const enterprise = useEnterprise(id);
  const e = enterprise.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md ? 900 : '100%'}
      className="sw-ent-drawer"
      title={
        e ? (
          <Space size={8} wrap>
            <span>{e.name}</span>
            <RiskGradeTag grade={e.riskGrade} />
          </Space>
        ) : (
          t('common.loading')
        )
      }
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-ent-alert" error={enterprise.error} />
      {!e && !enterprise.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {e && (
        <>
          <Tabs
            className="sw-ent-drawer-tabs"
            items={[
              {
                key: 'overview',
                label: t('enterprises.tab.overview'),
                children: (
                  <div className="sw-ent-stack">
                    <EnterpriseOverview enterprise={e} />
                    {canSeeAlarms && <RiskIndexCard enterpriseId={e.id} />}
                  </div>
                ),
              },
              {
                key: 'hazards',
                label: t('enterprises.tab.hazards', { count: e.hazardSources.length }),
                children: (
                  <div className="sw-ent-stack">
                    {e.hazardSources.length === 0 && <Typography.Text type="secondary">{t('enterprises.hazard.none')}</Typography.Text>}
                    {byGrade(e.hazardSources).map((source) => (
                      <HazardSourceCard key={source.id} source={source} />
                    ))}
                  </div>
                ),
              },
              ...(canSeeAlarms ? [{ key: 'points', label: t('enterprises.tab.points'), children: <EnterprisePoints enterpriseId={e.id} /> }] : []),
            ]}
          />
          <Typography.Paragraph type="secondary" className="sw-ent-drawer-foot">
            ID <span className="sw-code">{e.id}</span>
          </Typography.Paragraph>
        </>
      )}
    </Drawer>
  );
}
