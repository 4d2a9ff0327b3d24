import { DownloadOutlined } from '@ant-design/icons';
import type { ResourceCollection } from '@shouwang/contracts';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import type { QueryValue } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import { exportResources, type ExportFormat } from '../api/export-resources';

export interface ExportChoice {
  collection: ResourceCollection;
  format: ExportFormat;
  /** Defaults to the list's own filters. */
  filters?: Record<string, QueryValue>;
  label?: string;
}

interface ExportMenuProps {
  collection: ResourceCollection;
  filters: Record<string, QueryValue>;
  /** GeoJSON only for collections with a location. */
  geojson?: boolean;
  /** More downloads under the same button (e.g. the members of the listed teams). */
  extra?: ExportChoice[];
  /** The button's text; "导出" by default. */
  label?: string;
}

/** "导出" with XLSX, CSV and GeoJSON of exactly what the list shows (its filters, every page). */
export function ExportMenu({ collection, filters, geojson = false, extra = [], label }: ExportMenuProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const choices: ExportChoice[] = [
    { collection, format: 'xlsx', label: t('resources.export.xlsx') },
    { collection, format: 'csv', label: t('resources.export.csv') },
    ...(geojson ? [{ collection, format: 'geojson' as const, label: t('resources.export.geojson') }] : []),
    ...extra,
  ];

  const run = async (choice: ExportChoice) => {
    setBusy(true);
    try {
      const name = await exportResources(choice.collection, choice.format, choice.filters ?? filters);
      void message.success(t('resources.export.done', { file: name }));
    } catch (error) {
      void message.error(isApiError(error) || error instanceof Error ? error.message : t('error.unknown'));
    } finally {
      setBusy(false);
    }
  };

  const items: MenuProps['items'] = choices.map((choice, index) => ({
    key: String(index),
    label: choice.label,
    onClick: () => void run(choice),
  }));

  return (
    <Dropdown menu={{ items }} trigger={['click']} disabled={busy}>
      <Button icon={<DownloadOutlined />} loading={busy} title={t('resources.export.hint')} className="sw-res-export">
        {label ?? t('resources.export')}
      </Button>
    </Dropdown>
  );
}
