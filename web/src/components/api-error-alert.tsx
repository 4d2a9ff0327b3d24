import { Alert } from 'antd';
import { isApiError } from '../lib/api-error';
import { useI18n } from '../lib/i18n';

interface ApiErrorAlertProps {
  error: unknown;
  onClose?: () => void;
  className?: string;
}

/** The server's own (already localised) message, with its stable code for support calls. */
export function ApiErrorAlert({ error, onClose, className }: ApiErrorAlertProps) {
  const { t } = useI18n();
  if (!error) return null;
  const api = isApiError(error) ? error : null;
  return (
    <Alert
      type="error"
      showIcon
      className={className}
      data-error-code={api?.code}
      title={api ? api.message : t('error.unknown')}
      description={api ? <span className="sw-code">{api.code}</span> : undefined}
      closable={onClose ? { onClose } : false}
    />
  );
}
