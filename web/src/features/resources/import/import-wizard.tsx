import { CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ImportResult, ResourceCollection } from '@shouwang/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Progress, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { isApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import { downloadTemplate, type TemplateFormat } from '../api/download-template';
import { isSpreadsheet } from '../api/import-resources';
import { resourcesKey } from '../api/types';
import { ImportCheckResult } from './import-check-result';
import { ImportFilePicker } from './import-file-picker';
import { useImportUpload } from './use-import-upload';

/** The server takes at most 20 MB per file. */
const MAX_BYTES = 20 * 1024 * 1024;

type Phase =
  | { step: 'pick' }
  | { step: 'checking'; file: File }
  | { step: 'checked'; file: File; result: ImportResult }
  | { step: 'committing'; file: File; result: ImportResult }
  | { step: 'done'; file: File; result: ImportResult };

interface ImportWizardProps {
  collection: ResourceCollection;
  title: string;
  open: boolean;
  onClose: () => void;
}

const formatSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Upload → dry-run check with row errors and a preview → confirm → written (all rows or none). */
export function ImportWizard({ collection, title, open, onClose }: ImportWizardProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useImportUpload(collection);
  const [phase, setPhase] = useState<Phase>({ step: 'pick' });
  const [error, setError] = useState<unknown>(null);
  const [templateBusy, setTemplateBusy] = useState<TemplateFormat | null>(null);

  const reset = () => {
    upload.cancel();
    setError(null);
    setPhase({ step: 'pick' });
  };
  const close = () => {
    reset();
    onClose();
  };

  const check = async (file: File) => {
    setError(null);
    if (!/\.csv$/i.test(file.name) && !isSpreadsheet(file)) {
      setError(new Error(t('resources.import.wrongType')));
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(new Error(t('resources.import.tooLarge', { size: formatSize(MAX_BYTES) })));
      return;
    }
    setPhase({ step: 'checking', file });
    try {
      const result = await upload.upload(file, true);
      setPhase({ step: 'checked', file, result });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      setError(e);
      setPhase({ step: 'pick' });
    }
  };

  const commit = async () => {
    if (phase.step !== 'checked') return;
    const { file, result: checked } = phase;
    setError(null);
    setPhase({ step: 'committing', file, result: checked });
    try {
      const result = await upload.upload(file, false);
      // Rows that became invalid since the check (e.g. a duplicate added meanwhile) write nothing.
      if (result.dryRun || result.errors.length > 0) {
        setPhase({ step: 'checked', file, result });
        return;
      }
      setPhase({ step: 'done', file, result });
      void queryClient.invalidateQueries({ queryKey: resourcesKey });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      setError(e);
      setPhase({ step: 'checked', file, result: checked });
    }
  };

  const template = async (format: TemplateFormat) => {
    setTemplateBusy(format);
    try {
      const name = await downloadTemplate(collection, format);
      void message.success(t('resources.export.done', { file: name }));
    } catch (e) {
      void message.error(isApiError(e) || e instanceof Error ? e.message : t('error.unknown'));
    } finally {
      setTemplateBusy(null);
    }
  };

  const stepIndex = phase.step === 'pick' ? 0 : phase.step === 'done' ? 2 : 1;
  const busy = phase.step === 'checking' || phase.step === 'committing';
  const result = 'result' in phase ? phase.result : null;
  const canConfirm = phase.step === 'checked' && phase.result.errors.length === 0 && phase.result.rows > 0;

  const footer =
    phase.step === 'done' ? (
      <Button type="primary" onClick={close}>
        {t('resources.common.close')}
      </Button>
    ) : (
      <Space>
        <Button onClick={close}>{t('resources.common.cancel')}</Button>
        {phase.step !== 'pick' && (
          <Button icon={<ReloadOutlined />} onClick={reset} disabled={phase.step === 'committing'}>
            {t('resources.import.reset')}
          </Button>
        )}
        {phase.step !== 'pick' && (
          <Button
            type="primary"
            icon={<CheckCircleOutlined />}
            disabled={!canConfirm}
            loading={phase.step === 'committing'}
            onClick={() => void commit()}
            className="sw-res-import-confirm"
          >
            {t('resources.import.confirm')}
          </Button>
        )}
      </Space>
    );

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      footer={footer}
      width={920}
      maskClosable={!busy}
      destroyOnHidden
      className="sw-res-import-wizard"
    >
      <Steps
        size="small"
        current={stepIndex}
        className="sw-res-import-steps"
        items={[{ title: t('resources.import.step.pick') }, { title: t('resources.import.step.check') }, { title: t('resources.import.step.done') }]}
      />
      <ApiErrorAlert className="sw-res-alert" error={error} onClose={() => setError(null)} />
      {phase.step === 'pick' && <ImportFilePicker onPick={(file) => void check(file)} onTemplate={(format) => void template(format)} templateBusy={templateBusy} />}
      {phase.step !== 'pick' && (
        <Typography.Paragraph type="secondary" className="sw-res-import-file">
          {t('resources.import.file', { file: phase.file.name, size: formatSize(phase.file.size) })}
        </Typography.Paragraph>
      )}
      {busy && (
        <div className="sw-res-import-progress" aria-live="polite">
          <Progress percent={upload.progress ?? 100} status="active" />
          <Typography.Text type="secondary">
            {upload.progress !== null && upload.progress < 100
              ? t('resources.import.uploading', { file: phase.file.name })
              : t(phase.step === 'committing' ? 'resources.import.writing' : 'resources.import.checking')}
          </Typography.Text>
        </div>
      )}
      {result && phase.step !== 'committing' && <ImportCheckResult collection={collection} result={result} written={phase.step === 'done'} />}
    </Modal>
  );
}
