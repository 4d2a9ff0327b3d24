import type { WarningAreas } from '@shouwang/contracts';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../regions/components/region-name';

/** The target regions by name (the first few in a list row), and how many areas were drawn. */
export function TargetAreas({ areas, max }: { areas: WarningAreas; max?: number }) {
  const { t } = useI18n();
  const codes = max === undefined ? areas.regionCodes : areas.regionCodes.slice(0, max);
  const hidden = areas.regionCodes.length - codes.length;
  const shapes = areas.polygons.length + areas.circles.length;
  if (codes.length === 0 && shapes === 0) return <span className="sw-muted">{t('warnings.common.none')}</span>;
  return (
    <span className="sw-warn-targets">
      {codes.map((code) => (
        <span key={code} className="sw-warn-target" data-region-code={code}>
          <RegionName code={code} />
        </span>
      ))}
      {hidden > 0 && <span className="sw-muted">{t('warnings.list.more', { count: hidden })}</span>}
      {shapes > 0 && <span className="sw-warn-shapes">{t('warnings.list.shapes', { count: shapes })}</span>}
    </span>
  );
}
