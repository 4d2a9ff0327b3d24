import { Button, Result } from 'antd';
import { isApiError } from '../lib/api-error';
import { useI18n } from '../lib/i18n';

interface QueryErrorResultProps {
  error: unknown;
  onRetry?: () => void;
}

export function QueryErrorResult({ error, onRetry }: QueryErrorResultProps) {
  const { t } = useI18n();
  const message = isApiError(error) || error instanceof Error ? error.message : t('error.unknown');
  return (
    <Result
      status="error"
      title={t('error.page')}
      subTitle={message}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
