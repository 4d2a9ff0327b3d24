import type { LoginRequest } from '@shouwang/contracts';
import { Card, Form, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { FullPageSpinner } from '../../components/full-page-spinner';
import { LanguageSwitch } from '../../components/language-switch';
import { isApiError } from '../../lib/api-error';
import { useI18n } from '../../lib/i18n';
import { useLogin } from './api/login';
import { useMe } from './api/me';
import { BrandMark } from '../../components/brand-mark';
import { DemoAccounts } from './components/demo-accounts';
import { LoginForm } from './components/login-form';

/** Only same-app paths are allowed as a post-login target, never another origin. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/map';
}

export function LoginPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<LoginRequest>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const next = safeNext(params.get('next'));

  if (me.isPending) return <FullPageSpinner />;
  if (me.data) return <Navigate to={next} replace />;

  const errorMessage = login.error
    ? isApiError(login.error)
      ? login.error.message
      : t('auth.login.failed')
    : null;

  const submit = (values: LoginRequest) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };

  return (
    <main className="sw-login">
      <div className="sw-login-lang">
        <LanguageSwitch />
      </div>
      <section className="sw-login-panel">
        <header className="sw-login-brand">
          <BrandMark size={56} />
          <div>
            <Typography.Title level={1} className="sw-login-title">
              {t('app.name')} <span className="sw-login-dot">·</span> {t('app.tagline')}
            </Typography.Title>
            <Typography.Paragraph className="sw-login-subtitle">{t('app.subtitle')}</Typography.Paragraph>
          </div>
        </header>
        <Card title={t('auth.login.title')} className="sw-login-card">
          <LoginForm form={form} pending={login.isPending} errorMessage={errorMessage} onSubmit={submit} />
        </Card>
        <Card size="small" className="sw-login-card">
          <DemoAccounts onPick={(username, password) => form.setFieldsValue({ username, password })} />
        </Card>
      </section>
    </main>
  );
}
