import { RESPONSE_LEVELS, type ResponseLevel } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';

/** The active response (一级 … 四级); nothing when there is none. */
export function ResponseLevelTag({ level }: { level: ResponseLevel | null }) {
  const { t } = useI18n();
  if (!level) return null;
  return (
    <Tag color="volcano" className="sw-inc-response-level" data-level={level}>
      {t('incidents.response.tag', { roman: RESPONSE_LEVELS[level].roman })}
    </Tag>
  );
}
