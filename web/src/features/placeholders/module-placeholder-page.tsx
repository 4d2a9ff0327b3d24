import { Card } from 'antd';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { ModuleUnderConstruction } from './module-under-construction';

export function ModulePlaceholderPage({ titleKey, descriptionKey }: { titleKey: MessageKey; descriptionKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <div className="sw-page">
      <Card>
        <ModuleUnderConstruction title={t(titleKey)} description={t(descriptionKey)} />
      </Card>
    </div>
  );
}
