import { ApiOutlined, DashboardOutlined, LogoutOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Avatar, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../lib/i18n';
import { useLogout } from '../../features/auth/api/logout';
import { useCurrentUser } from '../../features/auth/use-current-user';
import { HealthModal } from '../../features/platform/components/health-modal';
import { API_DOCS_URL } from './help-menu';

/** On phones the header has no room, so language and help live in this menu too. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t, language, setLanguage } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const [healthOpen, setHealthOpen] = useState(false);

  const signOut = () => {
    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
  };

  const items: MenuProps['items'] = [
    {
      key: 'profile',
      disabled: true,
      className: 'sw-user-profile',
      label: (
        <div>
          <div className="sw-user-profile-name">{user.displayName}</div>
          <div className="sw-user-profile-line">
            {t('header.user.region')}：{user.regionName}
          </div>
          {user.orgUnit && (
            <div className="sw-user-profile-line">
              {t('header.user.org')}：{user.orgUnit.name}
            </div>
          )}
          <div className="sw-user-profile-line">
            {t('header.user.roles')}：{user.roles.map((r) => r.name).join('、') || '—'}
          </div>
        </div>
      ),
    },
    { type: 'divider' },
    ...(compact
      ? ([
          {
            key: 'language',
            icon: <TranslationOutlined />,
            label: language === 'en' ? '切换到中文' : 'Switch to English',
            onClick: () => setLanguage(language === 'en' ? 'zh-CN' : 'en'),
          },
          {
            key: 'docs',
            icon: <ApiOutlined />,
            label: (
              <a href={API_DOCS_URL} target="_blank" rel="noopener">
                {t('header.apiDocs')}
              </a>
            ),
          },
          { key: 'health', icon: <DashboardOutlined />, label: t('header.health'), onClick: () => setHealthOpen(true) },
          { type: 'divider' },
        ] satisfies MenuProps['items'])
      : []),
    { key: 'logout', icon: <LogoutOutlined />, danger: true, label: t('auth.logout'), onClick: signOut },
  ];

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items }} placement="bottomRight">
        <Button type="text" className="sw-header-button sw-user-button" aria-label={user.displayName}>
          <Avatar size="small" icon={<UserOutlined />} className="sw-user-avatar" />
          {!compact && (
            <span className="sw-user-name">
              {user.displayName}
              <span className="sw-user-region">{user.regionName}</span>
            </span>
          )}
        </Button>
      </Dropdown>
      {compact && <HealthModal open={healthOpen} onClose={() => setHealthOpen(false)} />}
    </>
  );
}
