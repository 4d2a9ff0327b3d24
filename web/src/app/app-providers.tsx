import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { createQueryClient } from './query-client';

const THEME = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#1d4e89',
    colorError: '#c8102e',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#0b2545', siderBg: '#0f2f55', headerPadding: '0 16px', headerHeight: 56 },
    Menu: { darkItemBg: '#0f2f55', darkSubMenuItemBg: '#0b2545', darkItemSelectedBg: '#1d4e89' },
  },
};

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const { language, t } = useI18n();
  useEffect(() => {
    document.title = t('app.fullName');
  }, [t]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={THEME}>
        <AntApp notification={{ placement: 'topRight', top: 68, maxCount: 5 }}>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
