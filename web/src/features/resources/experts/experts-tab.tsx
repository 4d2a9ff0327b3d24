import type { Expert } from '@shouwang/contracts';
import { AutoComplete, Button, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useExperts, type ExpertFilters } from '../api/list-experts';
import { ApiErrorAlert } from '../components/api-error-alert';
import { ExportMenu } from '../components/export-menu';
import { ImportButton } from '../components/import-button';
import { ListToolbar } from '../components/list-toolbar';
import { PhoneLink } from '../components/phone-link';
import { RegionName } from '../components/region-name';
import { useListFilters } from '../components/use-list-filters';

const PAGE_SIZE = 20;

/** 专家库: fields of expertise, title, organisation and how to reach each expert. */
export function ExpertsTab() {
  const { t } = useI18n();
  const canManage = useHasPermission('resource.manage');
  const { filters, filter, search, setSearch, page, setPage, filtered, clear: clearFilters } = useListFilters<ExpertFilters>();
  const [field, setField] = useState('');
  const experts = useExperts({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  // The listed experts' fields are the suggestions: the filter matches one field exactly.
  const seenFields = useMemo(
    () => [...new Set((experts.data?.items ?? []).flatMap((e) => e.fields))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [experts.data],
  );

  const clear = () => {
    setField('');
    clearFilters();
  };

  const columns: TableColumnsType<Expert> = [
    { title: t('resources.expert.name'), dataIndex: 'name', key: 'name', fixed: 'left', width: 90 },
    {
      title: t('resources.expert.fields'),
      key: 'fields',
      width: 200,
      render: (_, e) => (
        <span className="sw-res-tags">
          {e.fields.map((f) => (
            <Tag key={f} color={f === filters.field ? 'red' : 'blue'} bordered={false} className="sw-res-tag">
              {f}
            </Tag>
          ))}
        </span>
      ),
    },
    { title: t('resources.expert.title'), dataIndex: 'title', key: 'title', width: 130 },
    { title: t('resources.expert.organisation'), dataIndex: 'organisation', key: 'organisation', width: 200 },
    { title: t('resources.field.phone'), key: 'phone', width: 140, render: (_, e) => <PhoneLink phone={e.phone} /> },
    {
      title: t('resources.expert.email'),
      key: 'email',
      width: 180,
      render: (_, e) => (e.email ? <a href={`mailto:${e.email}`}>{e.email}</a> : <span className="sw-res-muted">—</span>),
    },
    { title: t('resources.field.region'), key: 'region', width: 110, render: (_, e) => <RegionName code={e.regionCode} /> },
    {
      title: t('resources.field.status'),
      key: 'available',
      width: 110,
      render: (_, e) => (e.available ? <Tag color="green">{t('resources.expert.available')}</Tag> : <Tag>{t('resources.expert.unavailable')}</Tag>),
    },
  ];

  return (
    <div className="sw-res-tab sw-res-experts">
      <ListToolbar
        filters={
          <>
            <Input.Search
              className="sw-res-search"
              placeholder={t('resources.filter.searchExperts')}
              aria-label={t('resources.filter.searchExperts')}
              allowClear
              maxLength={50}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(value) => filter({ q: value.trim() || undefined })}
            />
            <AutoComplete
              className="sw-res-filter-field"
              style={{ width: 160 }}
              allowClear
              placeholder={t('resources.filter.field')}
              aria-label={t('resources.filter.field')}
              value={field}
              options={seenFields.map((f) => ({ value: f }))}
              filterOption={(input, option) => (option?.value ?? '').includes(input)}
              onChange={(value: string | undefined) => {
                setField(value ?? '');
                if (!value) filter({ field: undefined });
              }}
              onSelect={(value: string | undefined) => filter({ field: value || undefined })}
              onBlur={() => filter({ field: field.trim() || undefined })}
            />
            <Select<'true' | 'false'>
              style={{ width: 130 }}
              allowClear
              placeholder={t('resources.filter.availability')}
              aria-label={t('resources.filter.availability')}
              value={filters.available ?? null}
              onChange={(available) => filter({ available: available ?? undefined })}
              options={[
                { value: 'true', label: t('resources.expert.available') },
                { value: 'false', label: t('resources.expert.unavailable') },
              ]}
            />
            {filtered && (
              <Button type="link" onClick={clear} className="sw-res-clear">
                {t('resources.filter.reset')}
              </Button>
            )}
          </>
        }
        actions={
          <>
            <ExportMenu collection="experts" filters={{ ...filters }} />
            {canManage && <ImportButton filters={{ ...filters }} targets={[{ collection: 'experts', label: t('resources.import.experts') }]} />}
          </>
        }
      />
      <ApiErrorAlert error={experts.error} />
      <Table<Expert>
        className="sw-res-table sw-res-experts-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={experts.data?.items ?? []}
        loading={experts.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: experts.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('resources.common.total', { total }),
          onChange: setPage,
          size: 'small',
        }}
      />
    </div>
  );
}
