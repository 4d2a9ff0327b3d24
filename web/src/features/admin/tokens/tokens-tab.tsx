import { CopyOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { TOKEN_SCOPES, type ApiToken, type TokenScope } from '@shouwang/contracts';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { RegionTreeSelect, type RegionOption } from '../../regions/components/region-tree-select';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useCreateApiToken, type ApiTokenCreatedReply } from '../api/create-api-token';
import { useApiTokens } from '../api/list-api-tokens';
import { useRevokeApiToken } from '../api/revoke-api-token';
import { formatTime } from '../components/format';
import { RegionName } from '../components/region-name';

interface TokenFormValues {
  name: string;
  region: RegionOption | null;
  scopes: TokenScope[];
  expiresInDays: number | null;
}

type TokenStatus = 'active' | 'revoked' | 'expired';

function statusOf(token: ApiToken): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) <= new Date()) return 'expired';
  return 'active';
}

const STATUS_COLOR: Record<TokenStatus, string> = { active: 'green', revoked: 'red', expired: 'default' };

export function TokensTab() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreatedReply | null>(null);

  const columns: TableColumnsType<ApiToken> = [
    { title: t('admin.tokens.col.name'), dataIndex: 'name', key: 'name', fixed: 'left', width: 150 },
    { title: t('admin.tokens.col.region'), key: 'region', width: 110, render: (_, tk) => <RegionName code={tk.regionCode} /> },
    {
      title: t('admin.tokens.col.scopes'),
      key: 'scopes',
      width: 180,
      render: (_, tk) => (
        <Space size={[0, 4]} wrap>
          {tk.scopes.map((s) => (
            <Tag key={s} title={s}>
              {t(`admin.tokens.scope.${s}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('admin.tokens.col.prefix'),
      dataIndex: 'prefix',
      key: 'prefix',
      width: 110,
      render: (prefix: string) => <Typography.Text code>{prefix}</Typography.Text>,
    },
    { title: t('admin.tokens.col.createdAt'), key: 'createdAt', width: 150, render: (_, tk) => formatTime(tk.createdAt, language) },
    {
      title: t('admin.tokens.col.expiresAt'),
      key: 'expiresAt',
      width: 150,
      render: (_, tk) => (tk.expiresAt ? formatTime(tk.expiresAt, language) : t('admin.tokens.noExpiry')),
    },
    {
      title: t('admin.tokens.col.lastUsedAt'),
      key: 'lastUsedAt',
      width: 150,
      render: (_, tk) => (tk.lastUsedAt ? formatTime(tk.lastUsedAt, language) : t('admin.common.never')),
    },
    {
      title: t('admin.tokens.col.status'),
      key: 'status',
      width: 90,
      render: (_, tk) => {
        const status = statusOf(tk);
        return <Tag color={STATUS_COLOR[status]}>{t(`admin.tokens.status.${status}`)}</Tag>;
      },
    },
    {
      title: t('admin.common.actions'),
      key: 'actions',
      width: 90,
      render: (_, tk) =>
        statusOf(tk) === 'active' ? (
          <Popconfirm
            title={t('admin.tokens.confirmRevoke', { name: tk.name })}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              revoke.mutate(tk.id, { onSuccess: () => void message.success(t('admin.tokens.revoked', { name: tk.name })) })
            }
          >
            <Button type="link" danger size="small">
              {t('admin.tokens.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <div className="sw-admin-tab">
      <div className="sw-admin-toolbar">
        <Typography.Text type="secondary" className="sw-admin-toolbar-text">
          {t('admin.tokens.hint')}
        </Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.tokens.create')}
        </Button>
      </div>
      <ApiErrorAlert className="sw-form-error" error={tokens.error ?? revoke.error} onClose={revoke.error ? () => revoke.reset() : undefined} />
      <Table<ApiToken>
        className="sw-admin-table sw-tokens-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={tokens.data ?? []}
        loading={tokens.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
      />
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(reply) => {
          setCreating(false);
          setCreated(reply);
        }}
      />
      <SecretModal created={created} onClose={() => setCreated(null)} />
    </div>
  );
}

function CreateTokenModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (reply: ApiTokenCreatedReply) => void;
}) {
  const { t } = useI18n();
  const { root, path } = useSelectedRegion();
  const [form] = Form.useForm<TokenFormValues>();
  const create = useCreateApiToken();

  const submit = (values: TokenFormValues) => {
    create.mutate(
      {
        name: values.name.trim(),
        regionCode: values.region?.value ?? '',
        scopes: values.scopes,
        expiresInDays: values.expiresInDays ?? null,
      },
      {
        onSuccess: (reply) => {
          form.resetFields();
          onCreated(reply);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('admin.tokens.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('admin.tokens.create')}
      cancelText={t('admin.common.cancel')}
      confirmLoading={create.isPending}
      afterOpenChange={(visible) => {
        if (visible) create.reset();
      }}
      destroyOnHidden
      className="sw-token-create-modal"
    >
      <Form<TokenFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ scopes: [], expiresInDays: 365, region: root ? { value: root.code, label: root.name } : null }}
      >
        <ApiErrorAlert className="sw-form-error" error={create.error} />
        <Form.Item
          name="name"
          label={t('admin.tokens.field.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.tokens.rule.name') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="region" label={t('admin.tokens.field.region')} rules={[{ required: true, message: t('admin.tokens.rule.region') }]}>
          <RegionTreeSelect root={root} expandPath={path} width="100%" ariaLabel={t('admin.tokens.field.region')} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('admin.tokens.field.scopes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('admin.tokens.rule.scopes') }]}
        >
          <Checkbox.Group className="sw-token-scopes">
            {TOKEN_SCOPES.map((scope) => (
              <Checkbox key={scope} value={scope}>
                {t(`admin.tokens.scope.${scope}`)} <Typography.Text type="secondary">{scope}</Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('admin.tokens.field.expires')} extra={t('admin.tokens.hint.expires')}>
          <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SecretModal({ created, onClose }: { created: ApiTokenCreatedReply | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.secret);
      void message.success(t('admin.tokens.secret.copied'));
    } catch {
      void message.error(t('admin.tokens.secret.copyFailed'));
    }
  };
  return (
    <Modal
      open={created !== null}
      title={t('admin.tokens.secret.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      className="sw-token-secret-modal"
      footer={
        <Button type="primary" onClick={onClose}>
          {t('admin.tokens.secret.done')}
        </Button>
      }
    >
      {created && (
        <>
          <Alert type="warning" showIcon icon={<WarningOutlined />} title={t('admin.tokens.secret.warning')} className="sw-form-error" />
          <Typography.Text strong>{created.token.name}</Typography.Text>
          <div className="sw-token-secret-label">{t('admin.tokens.secret.label')}</div>
          <div className="sw-token-secret" data-testid="token-secret">
            {created.secret}
          </div>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('admin.tokens.secret.copy')}
          </Button>
        </>
      )}
    </Modal>
  );
}
