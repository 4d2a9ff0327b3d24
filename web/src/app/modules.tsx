import {
  AlertOutlined,
  BankOutlined,
  GlobalOutlined,
  MedicineBoxOutlined,
  NotificationOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from '../lib/i18n';

export interface AppModule {
  path: string;
  icon: ReactNode;
  titleKey: MessageKey;
  descriptionKey: MessageKey;
  /** Placeholder modules render a "模块建设中" page until they are built. */
  built: boolean;
}

/** The side menu, in order; a new module flips `built` and gets its own route. */
export const APP_MODULES: AppModule[] = [
  { path: '/map', icon: <GlobalOutlined />, titleKey: 'nav.map', descriptionKey: 'nav.map', built: true },
  { path: '/monitoring', icon: <AlertOutlined />, titleKey: 'nav.monitoring', descriptionKey: 'module.monitoring.desc', built: true },
  { path: '/warnings', icon: <NotificationOutlined />, titleKey: 'nav.warnings', descriptionKey: 'module.warnings.desc', built: true },
  { path: '/duty', icon: <ScheduleOutlined />, titleKey: 'nav.duty', descriptionKey: 'module.duty.desc', built: true },
  { path: '/incidents', icon: <ThunderboltOutlined />, titleKey: 'nav.incidents', descriptionKey: 'module.incidents.desc', built: true },
  { path: '/resources', icon: <MedicineBoxOutlined />, titleKey: 'nav.resources', descriptionKey: 'module.resources.desc', built: true },
  { path: '/enterprises', icon: <BankOutlined />, titleKey: 'nav.enterprises', descriptionKey: 'module.enterprises.desc', built: true },
  { path: '/system', icon: <SettingOutlined />, titleKey: 'nav.system', descriptionKey: 'module.system.desc', built: true },
];
