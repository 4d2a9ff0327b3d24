import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { Warning } from '@shouwang/contracts';
import { Button, Space } from 'antd';
import { useI18n } from '../../../lib/i18n';

/**
 * 版本链: a published warning changes only by a new version (CAP Update or Cancel) that references the
 * one before; this links to the version it replaced and the one that replaced it.
 */
export function VersionChain({ warning: w, onOpen }: { warning: Warning; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap className="sw-warn-chain" data-previous-id={w.previousId ?? ''} data-next-id={w.nextId ?? ''}>
      {w.previousId ? (
        <Button size="small" icon={<LeftOutlined />} className="sw-warn-chain-previous" onClick={() => w.previousId && onOpen(w.previousId)}>
          {t('warnings.chain.previous')} · v{w.version - 1}
        </Button>
      ) : (
        <span className="sw-muted sw-warn-small">{t('warnings.chain.first')}</span>
      )}
      <span className="sw-warn-chain-current">{t('warnings.chain.version', { version: w.version })}</span>
      {w.nextId ? (
        <Button size="small" className="sw-warn-chain-next" onClick={() => w.nextId && onOpen(w.nextId)}>
          {t('warnings.chain.next')} · v{w.version + 1} <RightOutlined />
        </Button>
      ) : (
        w.status !== 'draft' && <span className="sw-muted sw-warn-small">{t('warnings.chain.latest')}</span>
      )}
    </Space>
  );
}
