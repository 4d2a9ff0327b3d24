import type { StockBatch } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';

const COLOR = { expired: 'red', expiring: 'orange', ok: 'default' } as const;

/** "2026-12-31 · 临期（剩 12 天）"; batches without an expiry date are 长期. */
export function ExpiryTag({ batch }: { batch: Pick<StockBatch, 'expiresOn' | 'expiry' | 'daysToExpiry'> }) {
  const { t } = useI18n();
  if (!batch.expiresOn) return <span className="sw-res-muted">{t('resources.warehouse.noExpiry')}</span>;
  return (
    <span className="sw-res-expiry">
      {batch.expiresOn}{' '}
      {batch.expiry !== 'ok' && (
        <Tag color={COLOR[batch.expiry]} className="sw-res-tag">
          {t(`resources.expiry.${batch.expiry}`)}
          {batch.expiry === 'expiring' && batch.daysToExpiry !== null && ` · ${t('resources.warehouse.daysLeft', { days: batch.daysToExpiry })}`}
        </Tag>
      )}
    </span>
  );
}
