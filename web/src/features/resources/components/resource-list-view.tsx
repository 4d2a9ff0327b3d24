import { EnvironmentOutlined } from '@ant-design/icons';
import type { ResourceCollection } from '@shouwang/contracts';
import { Button, Input, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import type { ResourcePage } from '../api/types';
import { CreateButton } from './create-button';
import { ExportMenu, type ExportChoice } from './export-menu';
import { ImportButton, type ImportTarget } from './import-button';
import type { ListFilters, RegionListState } from '../../../lib/use-region-list';

interface ResourceListViewProps<T extends { id: string }, F extends ListFilters> {
  /** `teams` → `.sw-res-teams` around it and `.sw-res-teams-table` on the table. */
  name: string;
  list: RegionListState<F>;
  searchPlaceholder: string;
  /** The list's own filters, after the search box. */
  filters?: ReactNode;
  /** Exported with the list's filters (every page); GeoJSON for collections with a location. */
  collection: ResourceCollection;
  geojson?: boolean;
  /** More downloads under 导出. */
  extraExports?: ExportChoice[];
  /** What 导入 offers (users with resource.manage). */
  importTargets: ImportTarget[];
  /** 新建… (users with resource.manage). */
  createLabel: string;
  onCreate: () => void;
  /** Above the toolbar (e.g. the stock warnings). */
  banner?: ReactNode;
  /** Between the toolbar and the table (e.g. a read-only notice). */
  notice?: ReactNode;
  query: { data?: ResourcePage<T> | undefined; error: unknown; isFetching: boolean };
  columns: TableColumnsType<T>;
  /** Double-clicking a row opens it. */
  onOpen?: (row: T) => void;
  /** Also run when the user clears the filters (state the list's filters do not hold). */
  onClear?: () => void;
  /** Drawers and forms that belong to the list. */
  children?: ReactNode;
}

/**
 * A resource list: the selected region (from the header), search and filters on the left; export,
 * import and create on the right; then the server-paged table.
 */
export function ResourceListView<T extends { id: string }, F extends ListFilters>({
  name,
  list,
  searchPlaceholder,
  filters,
  collection,
  geojson = false,
  extraExports,
  importTargets,
  createLabel,
  onCreate,
  banner,
  notice,
  query,
  columns,
  onOpen,
  onClear,
  children,
}: ResourceListViewProps<T, F>) {
  const { t } = useI18n();
  const canManage = useHasPermission('resource.manage');
  return (
    <div className={`sw-res-tab sw-res-${name}`}>
      {banner}
      <div className="sw-res-toolbar">
        <div className="sw-res-toolbar-filters">
          {list.region && (
            <Tooltip title={t('resources.filter.regionHint')}>
              <Tag icon={<EnvironmentOutlined />} color="blue" className="sw-res-region-tag" data-region-code={list.region.code}>
                {list.region.name}
              </Tag>
            </Tooltip>
          )}
          <Input.Search
            className="sw-res-search"
            placeholder={searchPlaceholder}
            aria-label={searchPlaceholder}
            allowClear
            maxLength={50}
            value={list.search}
            onChange={(e) => list.setSearch(e.target.value)}
            onSearch={(value) => list.filter({ q: value.trim() || undefined } as Partial<F>)}
          />
          {filters}
          {list.filtered && (
            <Button
              type="link"
              onClick={() => {
                onClear?.();
                list.clear();
              }}
              className="sw-res-clear"
            >
              {t('resources.filter.reset')}
            </Button>
          )}
        </div>
        <div className="sw-res-toolbar-actions">
          <ExportMenu collection={collection} filters={list.query} geojson={geojson} extra={extraExports} />
          {canManage && <ImportButton targets={importTargets} />}
          {canManage && <CreateButton label={createLabel} onClick={onCreate} />}
        </div>
      </div>
      {notice}
      <ApiErrorAlert className="sw-res-alert" error={query.error} />
      <Table<T>
        className={`sw-res-table sw-res-${name}-table`}
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        scroll={{ x: 'max-content' }}
        onRow={onOpen ? (row) => ({ onDoubleClick: () => onOpen(row) }) : undefined}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('resources.common.total', { total }),
          onChange: list.setPage,
          size: 'small',
        }}
      />
      {children}
    </div>
  );
}
