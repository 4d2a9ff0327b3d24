import { EditOutlined, KeyOutlined, LockOutlined, PlusOutlined, StopOutlined, UnlockOutlined } from '@ant-design/icons';
import type { User } from '@shouwang/contracts';
import { Alert, App, Button, Input, Popconfirm, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/use-current-user';
import { useUsers } from '../api/list-users';
import { useOrgUnits } from '../api/list-org-units';
import { useRoles } from '../api/list-roles';
import { useUpdateUser } from '../api/update-user';
import { formatTime } from '../components/format';
import { RegionName } from '../components/region-name';
import { UserDrawer, type UserDrawerMode } from './user-drawer';

const PAGE_SIZE = 20;

export function UsersTab() {
  const { t, pick, language } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const canManage = me.permissions.includes('user.manage');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [drawer, setDrawer] = useState<UserDrawerMode | null>(null);
  const users = useUsers({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, q: q || undefined });
  const roles = useRoles();
  const orgUnits = useOrgUnits(null, me.permissions.includes('org.read'));
  const toggle = useUpdateUser();

  const roleNames = useMemo(
    () => new Map((roles.data ?? []).map((r) => [r.key, pick({ zh: r.name, en: r.nameEn })])),
    [roles.data, pick],
  );
  const unitNames = useMemo(() => new Map((orgUnits.data ?? []).map((u) => [u.id, u.name])), [orgUnits.data]);

  const setDisabled = (user: User, disabled: boolean) => {
    toggle.mutate(
      { id: user.id, body: { disabled } },
      {
        onSuccess: () =>
          void message.success(t(disabled ? 'admin.users.disabled' : 'admin.users.enabled', { name: user.displayName })),
      },
    );
  };

  const columns: TableColumnsType<User> = [
    { title: t('admin.users.col.username'), dataIndex: 'username', key: 'username', fixed: 'left', width: 130 },
    { title: t('admin.users.col.displayName'), dataIndex: 'displayName', key: 'displayName', width: 180 },
    {
      title: t('admin.users.col.region'),
      key: 'region',
      width: 120,
      render: (_, user) => <RegionName code={user.regionCode} />,
    },
    {
      title: t('admin.users.col.roles'),
      key: 'roles',
      width: 160,
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          {user.roles.map((key) => (
            <Tag key={key} color={key === 'system_admin' ? 'volcano' : 'blue'}>
              {roleNames.get(key) ?? key}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('admin.users.col.orgUnit'),
      key: 'orgUnit',
      width: 170,
      render: (_, user) => (user.orgUnitId ? (unitNames.get(user.orgUnitId) ?? '…') : t('admin.common.none')),
    },
    {
      title: t('admin.users.col.status'),
      key: 'status',
      width: 150,
      render: (_, user) => {
        if (user.disabled) return <Tag color="default">{t('admin.users.status.disabled')}</Tag>;
        if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
          return (
            <Tag color="orange" icon={<LockOutlined />}>
              {t('admin.users.status.locked', { time: formatTime(user.lockedUntil, language) })}
            </Tag>
          );
        }
        return <Tag color="green">{t('admin.users.status.active')}</Tag>;
      },
    },
  ];
  if (canManage) {
    columns.push({
      title: t('admin.common.actions'),
      key: 'actions',
      width: 130,
      render: (_, user) => {
        const self = user.id === me.id;
        return (
          <Space size={0}>
            <Tooltip title={t('admin.users.action.edit')}>
              <Button
                type="text"
                icon={<EditOutlined />}
                aria-label={`${t('admin.users.action.edit')} ${user.username}`}
                onClick={() => setDrawer({ kind: 'edit', user })}
              />
            </Tooltip>
            <Tooltip title={t('admin.users.action.resetPassword')}>
              <Button
                type="text"
                icon={<KeyOutlined />}
                aria-label={`${t('admin.users.action.resetPassword')} ${user.username}`}
                onClick={() => setDrawer({ kind: 'password', user })}
              />
            </Tooltip>
            {user.disabled ? (
              <Popconfirm
                title={t('admin.users.confirmEnable', { name: user.displayName })}
                onConfirm={() => setDisabled(user, false)}
              >
                <Tooltip title={t('admin.users.action.enable')}>
                  <Button type="text" icon={<UnlockOutlined />} aria-label={`${t('admin.users.action.enable')} ${user.username}`} />
                </Tooltip>
              </Popconfirm>
            ) : (
              <Popconfirm
                title={t('admin.users.confirmDisable', { name: user.displayName })}
                okButtonProps={{ danger: true }}
                onConfirm={() => setDisabled(user, true)}
                disabled={self}
              >
                <Tooltip title={t('admin.users.action.disable')}>
                  <Button
                    type="text"
                    danger
                    disabled={self}
                    icon={<StopOutlined />}
                    aria-label={`${t('admin.users.action.disable')} ${user.username}`}
                  />
                </Tooltip>
              </Popconfirm>
            )}
          </Space>
        );
      },
    });
  }

  return (
    <div className="sw-admin-tab">
      <div className="sw-admin-toolbar">
        <Input.Search
          className="sw-admin-search"
          placeholder={t('admin.users.search')}
          aria-label={t('admin.users.search')}
          allowClear
          maxLength={50}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ kind: 'create' })}>
            {t('admin.users.create')}
          </Button>
        )}
      </div>
      {!canManage && <Alert type="info" showIcon title={t('admin.users.readOnly')} className="sw-form-error" />}
      <ApiErrorAlert className="sw-form-error" error={users.error ?? toggle.error} onClose={toggle.error ? () => toggle.reset() : undefined} />
      <Table<User>
        className="sw-admin-table sw-users-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: users.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('admin.common.total', { total }),
          onChange: setPage,
          size: 'small',
        }}
      />
      <UserDrawer
        mode={drawer}
        onClose={() => setDrawer(null)}
        onDone={(text) => {
          setDrawer(null);
          void message.success(text);
        }}
      />
    </div>
  );
}
