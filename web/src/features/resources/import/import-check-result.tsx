import type { ImportResult, ResourceCollection } from '@shouwang/contracts';
import { Alert, Col, Row, Statistic, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { formatPreviewValue, PREVIEW_COLUMNS } from './preview-columns';

type RowError = ImportResult['errors'][number];
type PreviewRow = ImportResult['preview'][number];

interface ImportCheckResultProps {
  collection: ResourceCollection;
  result: ImportResult;
  /** After the commit: the counts are what was written. */
  written: boolean;
}

/** Counts, the row errors (row, column, reason) and a preview of what would be written. */
export function ImportCheckResult({ collection, result, written }: ImportCheckResultProps) {
  const { t, pick } = useI18n();
  const errorCount = result.errors.length;
  const yesNo: [string, string] = [t('resources.common.yes'), t('resources.common.no')];

  const errorColumns: TableColumnsType<RowError> = [
    { title: t('resources.import.col.row'), dataIndex: 'row', key: 'row', width: 72 },
    {
      title: t('resources.import.col.column'),
      dataIndex: 'column',
      key: 'column',
      width: 150,
      render: (column: string | null) => (column ? <Typography.Text code>{column}</Typography.Text> : '—'),
    },
    { title: t('resources.import.col.reason'), dataIndex: 'reason', key: 'reason' },
  ];

  const known = PREVIEW_COLUMNS[collection];
  const keys = new Set(result.preview.flatMap((r) => Object.keys(r)));
  const previewColumns: TableColumnsType<PreviewRow> = [
    { title: t('resources.import.col.row'), dataIndex: 'row', key: 'row', width: 64, fixed: 'left' },
    ...known
      .filter((c) => keys.has(c.key))
      .map((c) => ({
        title: pick(c.title),
        key: c.key,
        render: (_: unknown, row: PreviewRow) => formatPreviewValue(row[c.key], c.format, pick, yesNo),
      })),
  ];

  // A clean dry run tries the writes and rolls them back, so its created/updated counts are what a
  // commit will do. With errors nothing is tried: count the rows that are wrong instead.
  // Line 1 is the header: a missing column stops the check before any row is read.
  const headerBroken = result.errors.some((e) => e.row <= 1);
  const badRows = new Set(result.errors.filter((e) => e.row > 1).map((e) => e.row)).size;
  const validRows = headerBroken ? 0 : Math.max(0, result.rows - badRows);
  const stat = (key: string, title: string, value: number, color?: string) => (
    <Col key={key} xs={12} sm={6}>
      <Statistic className={`sw-res-import-stat-${key}`} title={title} value={value} styles={color ? { content: { color } } : undefined} />
    </Col>
  );
  const counts =
    written || errorCount === 0
      ? [
          stat('created', t(written ? 'resources.import.createdDone' : 'resources.import.willCreate'), result.created, '#389e0d'),
          stat('updated', t(written ? 'resources.import.updatedDone' : 'resources.import.willUpdate'), result.updated, '#1d4e89'),
        ]
      : [stat('valid', t('resources.import.validRows'), validRows), stat('bad', t('resources.import.badRows'), badRows, badRows ? '#cf1322' : undefined)];
  const stats = (
    <Row gutter={[16, 8]} className="sw-res-import-stats">
      {stat('rows', t('resources.import.rows'), result.rows)}
      {counts}
      {stat('errors', t('resources.import.errors'), errorCount, errorCount ? '#cf1322' : '#389e0d')}
    </Row>
  );

  const errorTable = (
    <Table<RowError>
      className="sw-res-import-errors"
      rowKey={(e) => `${e.row}:${e.column ?? ''}:${e.reason}`}
      size="small"
      columns={errorColumns}
      dataSource={result.errors}
      pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
    />
  );
  const previewTable = (
    <Table<PreviewRow>
      className="sw-res-import-preview"
      rowKey={(r) => String(r['row'])}
      size="small"
      columns={previewColumns}
      dataSource={result.preview}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
    />
  );

  return (
    <div className="sw-res-import-result" data-errors={errorCount}>
      {stats}
      {written ? (
        <Alert type="success" showIcon className="sw-res-alert sw-res-import-done" title={t('resources.import.done', { created: result.created, updated: result.updated })} />
      ) : errorCount > 0 ? (
        <Alert type="error" showIcon className="sw-res-alert" title={t('resources.import.hasErrors', { count: errorCount })} />
      ) : result.rows === 0 ? (
        <Alert type="warning" showIcon className="sw-res-alert" title={t('resources.import.empty')} />
      ) : (
        <Alert
          type="success"
          showIcon
          className="sw-res-alert sw-res-import-ready"
          title={t('resources.import.ready', { created: result.created, updated: result.updated })}
        />
      )}
      {!written && (
        <Tabs
          size="small"
          defaultActiveKey={errorCount > 0 ? 'errors' : 'preview'}
          items={[
            ...(errorCount > 0 ? [{ key: 'errors', label: `${t('resources.import.errorList')} (${errorCount})`, children: errorTable }] : []),
            { key: 'preview', label: t('resources.import.preview', { count: result.preview.length }), children: previewTable },
          ]}
        />
      )}
    </div>
  );
}
