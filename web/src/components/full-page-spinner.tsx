import { Spin } from 'antd';
import { useI18n } from '../lib/i18n';

export function FullPageSpinner() {
  const { t } = useI18n();
  return (
    <div className="sw-center-fill" role="status">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}
