import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditEntry } from '@shouwang/contracts';
import { Alert, Button, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useAuditLog } from '../api/list-audit';
import { useVerifyAudit } from '../api/verify-audit';
import { formatTime } from '../components/format';
import { RegionName } from '../components/region-name';

const ENTITIES = ['user', 'api_token', 'region', 'org_unit', 'notice'] as const;

export function AuditTab() {
  const { t, language } = useI18n();
  const canVerify = useHasPermission('audit.verify');
  const [entity, setEntity] = useState<string | undefined>(undefined);
  const filter = useMemo(() => (entity ? { entity } : {}), [entity]);
  const log = useAuditLog(filter);
  const verify = useVerifyAudit();
  const entries = useMemo(() => log.data?.pages.flat() ?? [], [log.data]);

  const entityLabel = (value: string) =>
    (ENTITIES as readonly string[]).includes(value) ? t(`admin.audit.entity.${value}` as MessageKey) : value;

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('admin.audit.col.seq'), dataIndex: 'seq', key: 'seq', width: 70, fixed: 'left' },
    { title: t('admin.audit.col.at'), key: 'at', width: 150, render: (_, e) => formatTime(e.at, language) },
    { title: t('admin.audit.col.actor'), dataIndex: 'actorName', key: 'actor', width: 150 },
    {
      title: t('admin.audit.col.action'),
      dataIndex: 'action',
      key: 'action',
      width: 170,
      render: (action: string) => <Typography.Text code>{action}</Typography.Text>,
    },
    { title: t('admin.audit.col.entity'), key: 'entity', width: 100, render: (_, e) => entityLabel(e.entity) },
    {
      title: t('admin.audit.col.entityId'),
      dataIndex: 'entityId',
      key: 'entityId',
      width: 130,
      render: (id: string) => (
        <Typography.Text className="sw-admin-code" title={id}>
          {id.length > 14 ? `${id.slice(0, 8)}…` : id}
        </Typography.Text>
      ),
    },
    { title: t('admin.audit.col.region'), key: 'region', width: 110, render: (_, e) => <RegionName code={e.regionCode} /> },
    {
      title: t('admin.audit.col.hash'),
      dataIndex: 'hash',
      key: 'hash',
      width: 110,
      render: (hash: string) => (
        <Typography.Text code title={hash}>
          {hash.slice(0, 10)}
        </Typography.Text>
      ),
    },
  ];

  const result = verify.data;

  return (
    <div className="sw-admin-tab">
      <div className="sw-admin-toolbar">
        <Select
          className="sw-audit-entity"
          aria-label={t('admin.audit.filter.entity')}
          placeholder={t('admin.audit.filter.all')}
          allowClear
          value={entity}
          onChange={(value?: string) => setEntity(value)}
          options={ENTITIES.map((value) => ({ value, label: entityLabel(value) }))}
        />
        {canVerify && (
          <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
            {t('admin.audit.verify')}
          </Button>
        )}
      </div>
      {result &&
        (result.ok || !result.firstBroken ? (
          <Alert
            type="success"
            showIcon
            className="sw-form-error sw-audit-verify"
            data-verify="ok"
            title={t('admin.audit.verify.ok', { checked: result.checked })}
            closable={{ onClose: () => verify.reset() }}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            className="sw-form-error sw-audit-verify"
            data-verify="broken"
            title={t('admin.audit.verify.broken', {
              seq: result.firstBroken.seq,
              checked: result.checked,
              reason: t(`admin.audit.reason.${result.firstBroken.reason}`),
            })}
            closable={{ onClose: () => verify.reset() }}
          />
        ))}
      <ApiErrorAlert className="sw-form-error" error={log.error ?? verify.error} />
      <Table<AuditEntry>
        className="sw-admin-table sw-audit-table"
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={entries}
        loading={log.isFetching && !log.isFetchingNextPage}
        scroll={{ x: 'max-content' }}
        pagination={false}
      />
      <div className="sw-admin-more">
        {log.hasNextPage ? (
          <Button loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
            {t('admin.audit.loadMore')}
          </Button>
        ) : (
          entries.length > 0 && <Typography.Text type="secondary">{t('admin.audit.end')}</Typography.Text>
        )}
      </div>
    </div>
  );
}
