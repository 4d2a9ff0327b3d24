import type { Permission, Role, User } from '@shouwang/contracts';
import { Button, Drawer, Form, Grid, Input, Select, Space, Tag } from 'antd';
import { useEffect, useMemo } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/use-current-user';
import { useRegionPath } from '../../regions/api/get-region';
import { RegionTreeSelect, type RegionOption } from '../../regions/components/region-tree-select';
import { pathWithinScope } from '../../regions/region-scope';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useCreateUser } from '../api/create-user';
import { useOrgUnits } from '../api/list-org-units';
import { useRoles } from '../api/list-roles';
import { useUpdateUser, type UserUpdateRequest } from '../api/update-user';
import { RegionName } from '../components/region-name';
import { ADMIN_PERMISSIONS, isStrongPassword, PHONE_PATTERN, USERNAME_PATTERN } from '../components/format';

export type UserDrawerMode = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User };

interface UserFormValues {
  username: string;
  displayName: string;
  password: string;
  confirmPassword: string;
  region: RegionOption | null;
  orgUnitId: string | null;
  phone: string;
  roles: string[];
}

/** Roles whose administrative permissions the granter lacks; the server refuses them (ROLE_ABOVE_GRANTER). */
function beyondGranter(role: Role, mine: Permission[]): boolean {
  return role.permissions.some((p) => (ADMIN_PERMISSIONS as readonly string[]).includes(p) && !mine.includes(p));
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function UserDrawer({
  mode,
  onClose,
  onDone,
}: {
  mode: UserDrawerMode | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t, pick } = useI18n();
  const screens = Grid.useBreakpoint();
  const me = useCurrentUser();
  const { root } = useSelectedRegion();
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const roles = useRoles();

  const user = mode && mode.kind !== 'create' ? mode.user : null;
  const isSelf = user?.id === me.id;
  const region = Form.useWatch('region', form);
  const regionCode = region?.value ?? null;
  const orgUnits = useOrgUnits(regionCode, mode !== null && mode.kind !== 'password' && regionCode !== null);
  const regionPath = useRegionPath(user?.regionCode ?? null);
  const expandPath = useMemo(
    () => (regionPath.data ? pathWithinScope(regionPath.data.region, regionPath.data.ancestors, root) : []),
    [regionPath.data, root],
  );

  const modeKey = mode ? `${mode.kind}:${user?.id ?? ''}` : '';
  useEffect(() => {
    if (!modeKey) return;
    create.reset();
    update.reset();
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        displayName: user.displayName,
        region: { value: user.regionCode, label: <RegionName code={user.regionCode} /> },
        orgUnitId: user.orgUnitId,
        phone: user.phone ?? '',
        roles: user.roles,
      });
    }
    // Only when another user (or mode) is opened; the mutations and form are stable.
  }, [modeKey]);

  const roleOptions = (roles.data ?? []).map((role) => {
    const blocked = beyondGranter(role, me.permissions);
    return {
      value: role.key,
      disabled: blocked,
      label: (
        <span>
          {pick({ zh: role.name, en: role.nameEn })}
          {blocked && <Tag className="sw-admin-inline-tag">{t('admin.users.hint.roles')}</Tag>}
        </span>
      ),
      title: pick({ zh: role.name, en: role.nameEn }),
    };
  });

  const submit = (values: UserFormValues) => {
    if (!mode) return;
    const phone = values.phone?.trim() ? values.phone.trim() : null;
    if (mode.kind === 'create') {
      create.mutate(
        {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          regionCode: values.region?.value ?? '',
          orgUnitId: values.orgUnitId ?? null,
          phone,
          roles: values.roles,
        },
        { onSuccess: (created) => onDone(t('admin.users.created', { name: created.displayName })) },
      );
      return;
    }
    const target = mode.user;
    if (mode.kind === 'password') {
      update.mutate(
        { id: target.id, body: { password: values.password } },
        { onSuccess: () => onDone(t('admin.users.passwordReset', { name: target.displayName })) },
      );
      return;
    }
    // Only what changed: re-sending unchanged roles would still be checked (and refused for oneself).
    const body: UserUpdateRequest = {};
    if (values.displayName.trim() !== target.displayName) body.displayName = values.displayName.trim();
    if (values.region && values.region.value !== target.regionCode) body.regionCode = values.region.value;
    if ((values.orgUnitId ?? null) !== target.orgUnitId) body.orgUnitId = values.orgUnitId ?? null;
    if (phone !== target.phone) body.phone = phone;
    if (!sameSet(values.roles, target.roles)) body.roles = values.roles;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    update.mutate({ id: target.id, body }, { onSuccess: () => onDone(t('admin.users.saved')) });
  };

  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const title =
    mode?.kind === 'create'
      ? t('admin.users.create')
      : mode?.kind === 'password'
        ? `${t('admin.users.action.resetPassword')} · ${user?.displayName ?? ''}`
        : `${t('admin.users.edit')} · ${user?.username ?? ''}`;

  const passwordRules = [
    { required: true, message: t('admin.users.rule.password') },
    {
      validator: (_: unknown, value: string | undefined) =>
        !value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(t('admin.users.rule.password'))),
    },
  ];

  return (
    <Drawer
      open={mode !== null}
      onClose={onClose}
      title={title}
      size={screens.sm ? 480 : '100%'}
      destroyOnHidden
      className="sw-admin-drawer"
      footer={
        <Space className="sw-admin-drawer-footer">
          <Button onClick={onClose}>{t('admin.common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()} data-testid="user-drawer-submit">
            {mode?.kind === 'create' ? t('admin.users.create') : t('admin.common.save')}
          </Button>
        </Space>
      }
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<UserFormValues>) => {
          // A unit belongs to one region: a new region invalidates the chosen unit.
          if ('region' in changed) form.setFieldValue('orgUnitId', null);
        }}
        initialValues={{ roles: [], orgUnitId: null, region: null }}
      >
        <ApiErrorAlert className="sw-form-error" error={error} />
        {mode?.kind === 'create' && (
          <Form.Item
            name="username"
            label={t('admin.users.field.username')}
            extra={t('admin.users.hint.username')}
            rules={[
              { required: true, message: t('admin.users.rule.username') },
              { pattern: USERNAME_PATTERN, message: t('admin.users.rule.username') },
            ]}
          >
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
        )}
        {mode?.kind !== 'password' && (
          <Form.Item
            name="displayName"
            label={t('admin.users.field.displayName')}
            rules={[{ required: true, whitespace: true, message: t('admin.users.rule.displayName') }]}
          >
            <Input maxLength={64} />
          </Form.Item>
        )}
        {mode?.kind !== 'edit' && (
          <Form.Item
            name="password"
            label={mode?.kind === 'create' ? t('admin.users.field.password') : t('admin.users.field.newPassword')}
            extra={t('admin.users.hint.password')}
            rules={passwordRules}
          >
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
        )}
        {mode?.kind === 'password' && (
          <Form.Item
            name="confirmPassword"
            label={t('admin.users.field.confirmPassword')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('admin.users.rule.passwordMatch') },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('password')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('admin.users.rule.passwordMatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
        )}
        {mode?.kind !== 'password' && (
          <>
            <Form.Item
              name="region"
              label={t('admin.users.field.region')}
              extra={t('admin.users.hint.region')}
              rules={[{ required: true, message: t('admin.users.rule.region') }]}
            >
              <RegionTreeSelect
                root={root}
                expandPath={expandPath}
                width="100%"
                popupWidth={320}
                ariaLabel={t('admin.users.field.region')}
              />
            </Form.Item>
            <Form.Item name="orgUnitId" label={t('admin.users.field.orgUnit')}>
              <Select
                aria-label={t('admin.users.field.orgUnit')}
                allowClear
                disabled={!regionCode}
                loading={orgUnits.isFetching}
                placeholder={regionCode ? t('admin.users.orgUnit.placeholder') : t('admin.users.orgUnit.pickRegion')}
                options={(orgUnits.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                onClear={() => form.setFieldValue('orgUnitId', null)}
              />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t('admin.users.field.phone')}
              rules={[{ pattern: PHONE_PATTERN, message: t('admin.users.rule.phone') }]}
            >
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
            <Form.Item
              name="roles"
              label={t('admin.users.field.roles')}
              extra={isSelf ? t('admin.users.selfRoles') : t('admin.users.hint.roles')}
              rules={[{ required: true, type: 'array', min: 1, max: 10, message: t('admin.users.rule.roles') }]}
            >
              <Select
                mode="multiple"
                aria-label={t('admin.users.field.roles')}
                disabled={isSelf}
                loading={roles.isLoading}
                options={roleOptions}
                optionLabelProp="title"
                showSearch={{ optionFilterProp: 'title' }}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
