import { EditOutlined } from '@ant-design/icons';
import type { Expert } from '@shouwang/contracts';
import { AutoComplete, Button, Select, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useExperts, type ExpertFilters } from '../api/list-experts';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { ResourceListView } from '../components/resource-list-view';
import { useFormDrawer } from '../components/use-form-drawer';
import { useRegionList } from '../../../lib/use-region-list';
import { ExpertFormDrawer } from './expert-form-drawer';

/** 专家库: fields of expertise, title, organisation and how to reach each expert. */
export function ExpertsTab() {
  const { t } = useI18n();
  const canManage = useHasPermission('resource.manage');
  const list = useRegionList<ExpertFilters>();
  const { filters, filter } = list;
  const [field, setField] = useState('');
  const editor = useFormDrawer<Expert>();
  const experts = useExperts(list.params);

  // The listed experts' fields are the suggestions: the filter matches one field exactly.
  const seenFields = useMemo(
    () => [...new Set((experts.data?.items ?? []).flatMap((e) => e.fields))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [experts.data],
  );

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
  if (canManage) {
    columns.push({
      title: t('resources.common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, e) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => editor.openEdit(e)} className="sw-res-edit" aria-label={`${t('resources.form.edit')} ${e.name}`}>
          {t('resources.form.edit')}
        </Button>
      ),
    });
  }

  return (
    <ResourceListView<Expert, ExpertFilters>
      name="experts"
      list={list}
      query={experts}
      columns={columns}
      onOpen={canManage ? editor.openEdit : undefined}
      onClear={() => setField('')}
      searchPlaceholder={t('resources.filter.searchExperts')}
      filters={
        <>
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
        </>
      }
      collection="experts"
      importTargets={[{ collection: 'experts', label: t('resources.import.experts') }]}
      createLabel={t('resources.expert.create')}
      onCreate={editor.openCreate}
    >
      <ExpertFormDrawer key={editor.key} open={editor.open} expert={editor.record} knownFields={seenFields} onClose={editor.close} />
    </ResourceListView>
  );
}
