import { ApiOutlined, DashboardOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n';
import { HealthModal } from '../../features/platform/components/health-modal';

export const API_DOCS_URL = '/api/docs';

export function HelpMenu() {
  const { t } = useI18n();
  const [healthOpen, setHealthOpen] = useState(false);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
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
          ],
        }}
      >
        <Button type="text" className="sw-header-button" icon={<QuestionCircleOutlined />} aria-label={t('header.help')} />
      </Dropdown>
      <HealthModal open={healthOpen} onClose={() => setHealthOpen(false)} />
    </>
  );
}
