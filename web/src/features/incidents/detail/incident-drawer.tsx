import type { IncidentDetail } from '@shouwang/contracts';
import { Drawer, Grid, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { OnDutyStrip } from '../../duty';
import { useIncident } from '../api/get-incident';
import { GradeTag } from '../components/grade-tag';
import { ReportClockTag } from '../components/report-clock-tag';
import { ResponseLevelTag } from '../components/response-level-tag';
import { IncidentStatusTag } from '../components/status-tag';
import { CallLink } from './call-link';
import { CommandPostCard } from './command-post-card';
import { DispatchPanel } from './dispatch-panel';
import { GradingSection } from './grading-section';
import { IncidentFacts } from './incident-facts';
import { ReportChain } from './report-chain';
import { ResponsePanel } from './response-panel';
import { ReviewPanel } from './review-panel';
import { TasksPanel } from './tasks-panel';
import { TimelinePanel } from './timeline-panel';

type TabKey = 'overview' | 'reports' | 'response' | 'dispatch' | 'timeline' | 'review';
const TABS: { key: TabKey; labelKey: MessageKey }[] = [
  { key: 'overview', labelKey: 'incidents.tab.overview' },
  { key: 'reports', labelKey: 'incidents.tab.reports' },
  { key: 'response', labelKey: 'incidents.tab.response' },
  { key: 'dispatch', labelKey: 'incidents.tab.dispatch' },
  { key: 'timeline', labelKey: 'incidents.tab.timeline' },
  { key: 'review', labelKey: 'incidents.tab.review' },
];

/** An incident's file: facts and grade, reports, response with tasks and command post, dispatch, timeline, review. */
export function IncidentDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const incident = useIncident(id);
  const i = incident.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.lg ? 980 : screens.md ? 760 : '100%'}
      className="sw-inc-drawer"
      title={
        i ? (
          <Space size={8} wrap className="sw-inc-drawer-title">
            <GradeTag grade={i.grade} />
            <span>{i.title}</span>
            <IncidentStatusTag status={i.status} />
            <ResponseLevelTag level={i.responseLevel} />
            {i.status !== 'closed' && <ReportClockTag clock={i.reportClock} />}
          </Space>
        ) : (
          t('common.loading')
        )
      }
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-inc-alert" error={incident.error} />
      {!i && !incident.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {i && <IncidentFile key={i.id} incident={i} />}
    </Drawer>
  );
}

function IncidentFile({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<TabKey>('overview');
  const render = (key: TabKey) => {
    switch (key) {
      case 'overview':
        return (
          <div className="sw-inc-stack">
            <IncidentFacts incident={i} />
            <GradingSection incident={i} />
          </div>
        );
      case 'reports':
        return <ReportChain incident={i} />;
      case 'response':
        return (
          <div className="sw-inc-stack">
            <ResponsePanel incident={i} />
            {i.tasks.length > 0 && <TasksPanel incident={i} />}
            <CommandPostCard incident={i} />
          </div>
        );
      case 'dispatch':
        return <DispatchPanel incident={i} />;
      case 'timeline':
        return <TimelinePanel incidentId={i.id} />;
      case 'review':
        return <ReviewPanel incident={i} />;
    }
  };
  return (
    <div className="sw-inc-file" data-incident-id={i.id} data-status={i.status} data-grade={i.grade ?? 'none'} data-response-level={i.responseLevel ?? 'none'}>
      <OnDutyStrip regionCode={i.regionCode} phoneLink={(p) => <CallLink incidentId={i.id} phone={p.phone} name={p.name} />} />
      <Tabs
        className="sw-inc-file-tabs"
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        destroyOnHidden
        items={TABS.map((x) => ({ key: x.key, label: t(x.labelKey), children: render(x.key) }))}
      />
    </div>
  );
}
