import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { Link } from 'react-router';
import { BrandMark } from '../../components/brand-mark';
import { LanguageSwitch } from '../../components/language-switch';
import { useI18n } from '../../lib/i18n';
import { LiveStatusBadge } from '../../features/live-events/live-status-badge';
import { MyCalloutsBadge } from '../../features/warnings/callout/mine/my-callouts-badge';
import { RegionSwitcher } from '../../features/regions/components/region-switcher';
import { HelpMenu } from './help-menu';
import { UserMenu } from './user-menu';

interface AppHeaderProps {
  compact: boolean;
  navOpen: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ compact, navOpen, onToggleNav }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <Layout.Header className="sw-header">
      <Button
        type="text"
        className="sw-header-button"
        icon={navOpen ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />}
        onClick={onToggleNav}
        aria-label={t('header.menu')}
        aria-expanded={navOpen}
      />
      <Link to="/map" className="sw-brand">
        <BrandMark size={28} />
        <span className="sw-brand-name">{t('app.name')}</span>
        {!compact && <span className="sw-brand-tagline">{t('app.tagline')}</span>}
      </Link>
      <div className="sw-header-spacer" />
      <RegionSwitcher compact={compact} />
      <MyCalloutsBadge compact={compact} />
      <LiveStatusBadge />
      {!compact && <LanguageSwitch size="small" />}
      {!compact && <HelpMenu />}
      <UserMenu compact={compact} />
    </Layout.Header>
  );
}
