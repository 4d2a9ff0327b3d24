import { Segmented } from 'antd';
import { useI18n, type Language } from '../lib/i18n';

const OPTIONS: { label: string; value: Language }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'EN', value: 'en' },
];

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <Segmented<Language>
      aria-label={t('header.language')}
      size={size}
      options={OPTIONS}
      value={language}
      onChange={setLanguage}
    />
  );
}
