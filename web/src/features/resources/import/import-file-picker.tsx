import { CloudUploadOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Upload } from 'antd';
import { useI18n } from '../../../lib/i18n';
import type { TemplateFormat } from '../api/download-template';

const TEMPLATES = [
  { format: 'xlsx', label: 'resources.import.templateXlsx', icon: <FileExcelOutlined /> },
  { format: 'csv', label: 'resources.import.templateCsv', icon: <FileTextOutlined /> },
] as const;

interface ImportFilePickerProps {
  onPick: (file: File) => void;
  onTemplate: (format: TemplateFormat) => void;
  /** The template being downloaded, if any. */
  templateBusy: TemplateFormat | null;
}

/** Choose the file; it is read by the server only as a dry run until the user confirms. */
export function ImportFilePicker({ onPick, onTemplate, templateBusy }: ImportFilePickerProps) {
  const { t } = useI18n();
  return (
    <div className="sw-res-import-pick">
      <Alert
        type="info"
        showIcon
        className="sw-res-alert"
        title={t('resources.import.intro')}
        description={
          <>
            <p className="sw-res-paragraph">{t('resources.import.formatHint')}</p>
            <p className="sw-res-paragraph">
              <strong>{t('resources.import.safe')}</strong>
            </p>
          </>
        }
      />
      <Upload.Dragger
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          onPick(file);
          return false; // the wizard sends it itself, with progress
        }}
        className="sw-res-import-drop"
      >
        <p className="ant-upload-drag-icon">
          <CloudUploadOutlined />
        </p>
        <p className="ant-upload-text">{t('resources.import.drop')}</p>
        <p className="ant-upload-hint">{t('resources.import.accept')}</p>
      </Upload.Dragger>
      <div className="sw-res-import-template">
        <span>{t('resources.import.template')}</span>
        {TEMPLATES.map((template) => (
          <Button
            key={template.format}
            type="link"
            size="small"
            icon={template.icon}
            loading={templateBusy === template.format}
            disabled={templateBusy !== null}
            onClick={() => onTemplate(template.format)}
            className={`sw-res-template-${template.format}`}
          >
            {t(template.label)}
          </Button>
        ))}
        <span className="sw-res-muted sw-res-import-template-hint">{t('resources.import.templateHint')}</span>
      </div>
    </div>
  );
}
