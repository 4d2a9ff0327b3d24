import { WARNING_LEVELS, type WarningLevel } from '@shouwang/contracts';
import { useI18n } from '../../../lib/i18n';
import { levelColour, levelKey } from '../labels';

/** 红色 Ⅰ级 … 蓝色 Ⅳ级 on the level's own colour (dark text on yellow). */
export function WarningLevelTag({ level, large = false }: { level: WarningLevel | null; large?: boolean }) {
  const { t } = useI18n();
  const colour = levelColour(level);
  const text = level ? t('warnings.level.tag', { colour: t(levelKey(level)), roman: WARNING_LEVELS[level].roman }) : t('warnings.level.none');
  return (
    <span
      className={`sw-warn-level${large ? ' sw-warn-level--large' : ''}`}
      style={{ background: colour.fill, color: colour.text }}
      data-level={level ?? 'none'}
      data-colour={level ? WARNING_LEVELS[level].colour : 'none'}
    >
      {text}
    </span>
  );
}
