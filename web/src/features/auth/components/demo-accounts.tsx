import { Typography } from 'antd';
import { useI18n, type MessageKey } from '../../../lib/i18n';

export const DEMO_PASSWORD = 'Demo@2026';

const ACCOUNTS: { username: string; role: MessageKey }[] = [
  { username: 'demo-admin', role: 'auth.demo.admin' },
  { username: 'wuhai-duty', role: 'auth.demo.wuhai' },
  { username: 'baotou-duty', role: 'auth.demo.baotou' },
];

export function DemoAccounts({ onPick }: { onPick: (username: string, password: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="sw-demo-accounts">
      <Typography.Text strong>{t('auth.demo.title', { password: DEMO_PASSWORD })}</Typography.Text>
      <ul className="sw-demo-list">
        {ACCOUNTS.map((account) => (
          <li key={account.username}>
            <Typography.Link onClick={() => onPick(account.username, DEMO_PASSWORD)}>
              <code>{account.username}</code>
            </Typography.Link>
            <Typography.Text type="secondary">{t(account.role)}</Typography.Text>
          </li>
        ))}
      </ul>
      <Typography.Text type="secondary" className="sw-hint">
        {t('auth.demo.fill')}
      </Typography.Text>
    </div>
  );
}
