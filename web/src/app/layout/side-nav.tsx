import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../lib/i18n';
import { APP_MODULES } from '../modules';

export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = APP_MODULES.find((m) => pathname === m.path || pathname.startsWith(`${m.path}/`))?.path;
  return (
    <Menu
      theme="dark"
      mode="inline"
      className="sw-side-nav"
      selectedKeys={selected ? [selected] : []}
      items={APP_MODULES.map((m) => ({
        key: m.path,
        icon: m.icon,
        label: t(m.titleKey),
        title: t(m.titleKey),
        className: m.built ? undefined : 'sw-nav-planned',
      }))}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
