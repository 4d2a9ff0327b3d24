import { ToolOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useI18n } from '../../lib/i18n';

export function ModuleUnderConstruction({ title, description }: { title?: string; description: string }) {
  const { t } = useI18n();
  return (
    <Result
      className="sw-under-construction"
      icon={<ToolOutlined />}
      title={title ? `${title} · ${t('module.building')}` : t('module.building')}
      subTitle={
        <>
          <span className="sw-under-construction-note">{t('module.building.note')}</span>
          <br />
          {description}
        </>
      }
    />
  );
}
