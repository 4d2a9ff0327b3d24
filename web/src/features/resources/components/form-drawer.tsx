import { Button, Drawer, Form, Grid, Space, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';

interface FormDrawerProps<V extends object> {
  open: boolean;
  title: ReactNode;
  /** `team` → `.sw-res-team-form` on the drawer. */
  name: string;
  form: FormInstance<V>;
  initialValues: Partial<V>;
  onSubmit: (values: V) => void;
  onClose: () => void;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
  pending: boolean;
  /** An error the form could not place next to a field. */
  error: unknown;
  onDismissError: () => void;
  submitText: string;
  children: ReactNode;
}

/** Create and edit forms of the resource registry: a drawer (full width on a phone) with 取消 / 保存. */
export function FormDrawer<V extends object>({
  open,
  title,
  name,
  form,
  initialValues,
  onSubmit,
  onClose,
  onValuesChange,
  pending,
  error,
  onDismissError,
  submitText,
  children,
}: FormDrawerProps<V>) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      maskClosable={!pending}
      className={`sw-res-drawer sw-res-form-drawer sw-res-${name}-form`}
      footer={
        <Space className="sw-res-form-footer">
          <Button onClick={onClose} disabled={pending} className="sw-res-form-cancel">
            {t('resources.common.cancel')}
          </Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()} className="sw-res-form-submit">
            {submitText}
          </Button>
        </Space>
      }
    >
      <ApiErrorAlert className="sw-res-alert" error={error} onClose={onDismissError} />
      <Form<V>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={initialValues}
        onFinish={onSubmit}
        onValuesChange={onValuesChange}
        scrollToFirstError
        className="sw-res-form"
      >
        {children}
      </Form>
    </Drawer>
  );
}
