import { CloudUploadOutlined, DownOutlined } from '@ant-design/icons';
import type { ResourceCollection } from '@shouwang/contracts';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { ImportWizard } from '../import/import-wizard';

export interface ImportTarget {
  collection: ResourceCollection;
  label: string;
}

/** "导入" for one collection, or a menu when a tab imports several (teams and their members). */
export function ImportButton({ targets }: { targets: ImportTarget[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ImportTarget | null>(null);
  const first = targets[0];
  if (!first) return null;
  return (
    <>
      {targets.length === 1 ? (
        <Button icon={<CloudUploadOutlined />} onClick={() => setOpen(first)} className="sw-res-import">
          {t('resources.import')}
        </Button>
      ) : (
        <Dropdown
          trigger={['click']}
          menu={{ items: targets.map((target) => ({ key: target.collection, label: target.label, onClick: () => setOpen(target) })) }}
        >
          <Button icon={<CloudUploadOutlined />} className="sw-res-import">
            {t('resources.import')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
      {open && (
        <ImportWizard
          open
          collection={open.collection}
          title={open.label}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
