import { CheckCircleOutlined, CloudUploadOutlined, ReloadOutlined } from '@ant-design/icons';
import type { RegionImportResult } from '@shouwang/contracts';
import { Alert, Button, Card, Col, Row, Space, Statistic, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useImportRegions } from '../api/import-regions';

type RowError = RegionImportResult['errors'][number];

interface LoadedFile {
  name: string;
  csv: string;
}

export function RegionImportTab() {
  const { t } = useI18n();
  const preview = useImportRegions();
  const commit = useImportRegions();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [readError, setReadError] = useState(false);

  const check = async (picked: File) => {
    setReadError(false);
    commit.reset();
    let csv: string;
    try {
      csv = await picked.text();
    } catch {
      setReadError(true);
      return;
    }
    setFile({ name: picked.name, csv });
    preview.mutate({ csv, dryRun: true });
  };

  const reset = () => {
    setFile(null);
    preview.reset();
    commit.reset();
  };

  const result = preview.data;
  const done = commit.data;
  const canConfirm = !!file && !!result && result.errors.length === 0 && result.rows > 0 && !done;

  const columns: TableColumnsType<RowError> = [
    { title: t('admin.import.col.row'), dataIndex: 'row', key: 'row', width: 72 },
    {
      title: t('admin.import.col.column'),
      dataIndex: 'column',
      key: 'column',
      width: 110,
      render: (column: string | null) => (column ? <Typography.Text code>{column}</Typography.Text> : '—'),
    },
    { title: t('admin.import.col.reason'), dataIndex: 'reason', key: 'reason' },
  ];

  return (
    <div className="sw-admin-tab sw-region-import">
      <Alert
        type="info"
        showIcon
        className="sw-form-error"
        title={t('admin.import.intro')}
        description={
          <>
            <p className="sw-admin-paragraph">{t('admin.import.format')}</p>
            <pre className="sw-admin-sample">
              code,name,level,parent_code,lon,lat,coord_source{'\n'}150302001005,示例社区居委会,5,150302001000,,,
            </pre>
            <p className="sw-admin-paragraph">
              <strong>{t('admin.import.safe')}</strong>
            </p>
          </>
        }
      />
      {!file && (
        <Upload.Dragger
          accept=".csv,text/csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(picked) => {
            void check(picked);
            return false; // read in the browser; nothing is uploaded until confirmed
          }}
          className="sw-import-upload"
        >
          <p className="ant-upload-drag-icon">
            <CloudUploadOutlined />
          </p>
          <p className="ant-upload-text">{t('admin.import.drop')}</p>
          <p className="ant-upload-hint">{t('admin.import.upload')}</p>
        </Upload.Dragger>
      )}
      {readError && <Alert type="error" showIcon title={t('admin.import.readFailed')} className="sw-form-error" />}
      <ApiErrorAlert className="sw-form-error" error={preview.error ?? commit.error} />
      {file && (
        <Card
          className="sw-import-result"
          size="small"
          loading={preview.isPending}
          title={t('admin.import.preview', { file: file.name })}
          extra={
            <Button size="small" icon={<ReloadOutlined />} onClick={reset}>
              {t('admin.import.reset')}
            </Button>
          }
        >
          {result && (
            <Space orientation="vertical" size="middle" className="sw-admin-full">
              <Row gutter={[16, 8]}>
                <Col xs={12} sm={6}>
                  <Statistic title={t('admin.import.rows')} value={result.rows} />
                </Col>
                <Col xs={12} sm={6}>
                  <Statistic title={t('admin.import.created')} value={result.created} />
                </Col>
                <Col xs={12} sm={6}>
                  <Statistic title={t('admin.import.updated')} value={result.updated} />
                </Col>
                <Col xs={12} sm={6}>
                  <Statistic
                    title={t('admin.import.errors')}
                    value={result.errors.length}
                    styles={{ content: { color: result.errors.length ? '#cf1322' : '#389e0d' } }}
                  />
                </Col>
              </Row>
              {result.errors.length > 0 ? (
                <>
                  <Alert type="error" showIcon title={t('admin.import.hasErrors', { count: result.errors.length })} />
                  <Table<RowError>
                    className="sw-admin-table sw-import-errors"
                    rowKey={(e) => `${e.row}:${e.column ?? ''}:${e.reason}`}
                    size="small"
                    columns={columns}
                    dataSource={result.errors}
                    pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
                  />
                </>
              ) : done ? (
                <Alert
                  type="success"
                  showIcon
                  className="sw-import-done"
                  title={t('admin.import.done', { created: done.created, updated: done.updated })}
                />
              ) : (
                <Alert type="success" showIcon title={t('admin.import.ready')} />
              )}
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                disabled={!canConfirm}
                loading={commit.isPending}
                onClick={() => file && commit.mutate({ csv: file.csv, dryRun: false })}
              >
                {t('admin.import.confirm')}
              </Button>
            </Space>
          )}
        </Card>
      )}
    </div>
  );
}
