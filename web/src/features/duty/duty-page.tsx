import { ApartmentOutlined, CalendarOutlined, ContactsOutlined, SwapOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { useHasPermission } from '../auth/use-current-user';
import { CommandBodiesPanel } from './bodies/command-bodies-panel';
import { ContactDirectory } from './contacts/contact-directory';
import { HandoverPanel } from './handover/handover-panel';
import { DutyNowPanel } from './now/duty-now-panel';
import { RosterWeek } from './roster/roster-week';
import './duty.css';

type TabKey = 'now' | 'roster' | 'handover' | 'bodies' | 'contacts';
const TABS: { key: TabKey; labelKey: MessageKey; icon: React.ReactNode }[] = [
  { key: 'now', labelKey: 'duty.tab.now', icon: <TeamOutlined /> },
  { key: 'roster', labelKey: 'duty.tab.roster', icon: <CalendarOutlined /> },
  { key: 'handover', labelKey: 'duty.tab.handover', icon: <SwapOutlined /> },
  { key: 'bodies', labelKey: 'duty.tab.bodies', icon: <ApartmentOutlined /> },
  { key: 'contacts', labelKey: 'duty.tab.contacts', icon: <ContactsOutlined /> },
];

/**
 * 应急值守: who is on duty now, the week's roster, the shift handover, the command bodies with their duty
 * lists and the contact directory — all for the region chosen in the header. The tab lives in the URL.
 */
export function DutyPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const canRead = useHasPermission('duty.read');
  const requested = params.get('tab');
  const active = TABS.find((tab) => tab.key === requested)?.key ?? 'now';
  const render = (key: TabKey) => {
    switch (key) {
      case 'now':
        return <DutyNowPanel />;
      case 'roster':
        return <RosterWeek />;
      case 'handover':
        return <HandoverPanel />;
      case 'bodies':
        return <CommandBodiesPanel />;
      case 'contacts':
        return <ContactDirectory />;
    }
  };
  return (
    <div className="sw-page sw-duty-page">
      <Typography.Title level={3}>{t('duty.title')}</Typography.Title>
      {canRead ? (
        <Tabs
          className="sw-duty-tabs"
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={TABS.map((tab) => ({ key: tab.key, label: t(tab.labelKey), icon: tab.icon, children: render(tab.key) }))}
        />
      ) : (
        <Alert type="info" showIcon title={t('duty.noPermission')} />
      )}
    </div>
  );
}
