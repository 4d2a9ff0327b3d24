import type { RegionLevel } from '@shouwang/contracts';
import { useI18n } from '../../../lib/i18n';

export function RegionLevelTag({ level }: { level: RegionLevel }) {
  const { t } = useI18n();
  return <span className={`sw-level-tag sw-level-${level}`}>{t(`region.level.${level}`)}</span>;
}
