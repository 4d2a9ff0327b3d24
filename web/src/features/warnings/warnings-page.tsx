import { AuditOutlined, BellOutlined, GlobalOutlined, PieChartOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { Warning } from '@shouwang/contracts';
import { Alert, Badge, Button, Space, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { useSearchParam } from '../../lib/use-search-param';
import { useCurrentUser } from '../auth/use-current-user';
import { useSelectedRegion } from '../regions/selected-region-context';
import { useWarnings } from './api/list-warnings';
import { CoverageReport } from './callout/coverage/coverage-report';
import { WarningDrawer } from './detail/warning-drawer';
import { WarningFormDrawer, type WarningFormMode } from './form/warning-form-drawer';
import { WarningList } from './list/warning-list';
import { ApprovalQueue } from './queue/approval-queue';
import { useWarningsLiveUpdates } from './use-warnings-live-updates';
import './warnings.css';

type TabKey = 'list' | 'queue' | 'coverage';

/**
 * 预警发布: the warnings of the header's region and, for reviewers, the approval queue. The open
 * warning lives in the URL (`?warning=`) so the map and other pages can link straight to it.
 */
export function WarningsPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { region } = useSelectedRegion();
  const [params, setParams] = useSearchParams();
  const [warningId, openWarning] = useSearchParam('warning');
  const [form, setForm] = useState<{ open: boolean; mode: WarningFormMode; key: number }>({ open: false, mode: { kind: 'create' }, key: 0 });
  const canRead = user.permissions.includes('warning.read');
  const canWrite = user.permissions.includes('warning.write');
  const canApprove = user.permissions.includes('warning.approve');
  useWarningsLiveUpdates();
  const pending = useWarnings({ regionCode: region?.code, status: 'pending_review', limit: 1, offset: 0 }, canApprove && region !== null);

  const tabs: { key: TabKey; labelKey: MessageKey; icon: React.ReactNode }[] = [
    { key: 'list', labelKey: 'warnings.tab.list', icon: <UnorderedListOutlined /> },
    ...(canApprove ? [{ key: 'queue' as const, labelKey: 'warnings.tab.queue' as const, icon: <AuditOutlined /> }] : []),
    { key: 'coverage', labelKey: 'callouts.tab.coverage', icon: <PieChartOutlined /> },
  ];
  const requested = params.get('tab');
  const active = tabs.find((tab) => tab.key === requested)?.key ?? 'list';

  const openForm = useCallback((mode: WarningFormMode) => setForm((f) => ({ open: true, mode, key: f.key + 1 })), []);
  const onEdit = useCallback((warning: Warning) => openForm({ kind: 'edit', warning }), [openForm]);
  const onRevise = useCallback((warning: Warning) => openForm({ kind: 'revise', warning }), [openForm]);

  const render = (key: TabKey) =>
    key === 'list' ? <WarningList onOpen={openWarning} onEdit={onEdit} onRevise={onRevise} /> : key === 'queue' ? <ApprovalQueue onOpen={openWarning} /> : <CoverageReport />;
  const label = (key: TabKey, labelKey: MessageKey) =>
    key === 'queue' ? (
      <span className="sw-warn-queue-tab">
        {t(labelKey)} <Badge count={pending.data?.total ?? 0} size="small" className="sw-warn-queue-count" />
      </span>
    ) : (
      t(labelKey)
    );

  return (
    <div className="sw-page sw-warn-page">
      <div className="sw-warn-page-head">
        <Typography.Title level={3}>{t('warnings.title')}</Typography.Title>
        <Space wrap size={8}>
          <Link to="/warnings/mine" className="sw-warn-mine-link">
            <BellOutlined /> {t('callouts.tab.mine')}
          </Link>
          <Link to="/public/warnings" target="_blank" className="sw-warn-public-link">
            <GlobalOutlined /> {t('warnings.publicPage')}
          </Link>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} className="sw-warn-create" onClick={() => openForm({ kind: 'create' })}>
              {t('warnings.create')}
            </Button>
          )}
        </Space>
      </div>
      {canRead ? (
        <>
          <Tabs
            className="sw-warn-tabs"
            activeKey={active}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            destroyOnHidden
            items={tabs.map((tab) => ({ key: tab.key, label: label(tab.key, tab.labelKey), icon: tab.icon, children: render(tab.key) }))}
          />
          <WarningDrawer id={warningId} onClose={() => openWarning(null)} onOpen={openWarning} onEdit={onEdit} onRevise={onRevise} />
          {canWrite && (
            <WarningFormDrawer
              key={form.key}
              open={form.open}
              mode={form.mode}
              onClose={() => setForm((f) => ({ ...f, open: false }))}
              onSaved={(saved) => openWarning(saved.id)}
            />
          )}
        </>
      ) : (
        <Alert type="info" showIcon title={t('warnings.noPermission')} />
      )}
    </div>
  );
}
