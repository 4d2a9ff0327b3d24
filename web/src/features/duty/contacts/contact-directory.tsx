import { CALLOUT_ROLE_LABELS, CalloutRole, type Contact } from '@shouwang/contracts';
import { Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PhoneLink } from '../../../components/phone-link';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useContacts } from '../api/list-contacts';

const PAGE_SIZE = 20;

/**
 * 通讯录 (一键通): responsible persons in the header's region and below, searched by name, post, unit
 * or phone and filtered by role; every number dials.
 */
export function ContactDirectory() {
  const { t, pick } = useI18n();
  const { region } = useSelectedRegion();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<CalloutRole | undefined>();
  const [paging, setPaging] = useState({ page: 1, key: '' });
  const key = `${region?.code ?? ''}|${q}|${role ?? ''}`;
  const page = paging.key === key ? paging.page : 1;
  const contacts = useContacts({ regionCode: region?.code, q: q || undefined, role, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, region !== null);

  const columns: TableColumnsType<Contact> = [
    { title: t('duty.contacts.name'), key: 'name', width: 100, render: (_, c) => <strong>{c.name}</strong> },
    { title: t('duty.contacts.phone'), key: 'phone', width: 140, render: (_, c) => <PhoneLink phone={c.phone} icon /> },
    {
      title: t('duty.contacts.post'),
      key: 'post',
      width: 240,
      render: (_, c) => (
        <div>
          {c.post || '—'}
          <div className="sw-muted sw-duty-small">{c.orgName}</div>
        </div>
      ),
    },
    { title: t('duty.contacts.region'), key: 'region', width: 120, dataIndex: 'regionName' },
    {
      title: t('duty.contacts.roles'),
      key: 'roles',
      width: 200,
      render: (_, c) => c.roles.map((r) => <Tag key={r}>{pick(CALLOUT_ROLE_LABELS[r])}</Tag>),
    },
    { title: t('duty.contacts.superior'), key: 'superior', width: 100, render: (_, c) => c.superiorName ?? '—' },
  ];

  return (
    <div className="sw-duty-contacts">
      <div className="sw-duty-toolbar">
        <Input.Search allowClear className="sw-duty-contact-search" style={{ width: 260 }} placeholder={t('duty.contacts.search')} onSearch={(v) => setQ(v.trim())} />
        <Select<CalloutRole>
          allowClear
          style={{ width: 200 }}
          placeholder={t('duty.contacts.allRoles')}
          aria-label={t('duty.contacts.roles')}
          value={role ?? null}
          onChange={(v) => setRole(v ?? undefined)}
          options={CalloutRole.options.map((r) => ({ value: r, label: pick(CALLOUT_ROLE_LABELS[r]) }))}
          popupMatchSelectWidth={false}
          className="sw-duty-contact-role"
        />
      </div>
      <ApiErrorAlert error={contacts.error} className="sw-duty-alert" />
      <Table<Contact>
        className="sw-duty-contact-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={contacts.data?.items ?? []}
        loading={contacts.isFetching && !contacts.data}
        scroll={{ x: 'max-content' }}
        onRow={(c) => ({ 'data-contact-id': c.id }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('duty.contacts.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: contacts.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('duty.common.total', { total }),
          onChange: (next) => setPaging({ page: next, key }),
          size: 'small',
        }}
      />
    </div>
  );
}
