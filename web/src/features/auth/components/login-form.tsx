import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginRequest } from '@shouwang/contracts';
import { Alert, Button, Form, Input } from 'antd';
import type { FormInstance } from 'antd';
import { useI18n } from '../../../lib/i18n';

interface LoginFormProps {
  form: FormInstance<LoginRequest>;
  pending: boolean;
  errorMessage: string | null;
  onSubmit: (values: LoginRequest) => void;
}

export function LoginForm({ form, pending, errorMessage, onSubmit }: LoginFormProps) {
  const { t } = useI18n();
  return (
    <Form<LoginRequest> form={form} layout="vertical" requiredMark={false} onFinish={onSubmit} disabled={pending}>
      {errorMessage && <Alert type="error" showIcon title={errorMessage} className="sw-login-error" role="alert" />}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.username.required') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.password.required') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={pending}>
        {t('auth.login.submit')}
      </Button>
    </Form>
  );
}
