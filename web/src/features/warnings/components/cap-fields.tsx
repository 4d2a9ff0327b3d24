import type { PublicWarning } from '@shouwang/contracts';
import { Descriptions } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { categoryKey, certaintyKey, urgencyKey } from '../labels';

/** Every CAP 1.2 field the warning carries, with the value CAP writes and its meaning. */
export function CapFields({ warning: w, geometry = true }: { warning: Pick<PublicWarning, 'cap' | 'areas'>; geometry?: boolean }) {
  const { t, language } = useI18n();
  const none = t('warnings.common.none');
  const time = (iso: string | null) => (iso ? formatDateTime(iso, language) : none);
  const lines = (items: string[]) =>
    items.length === 0
      ? none
      : items.map((item, i) => (
          <div key={i} className="sw-code sw-warn-geometry">
            {item}
          </div>
        ));
  return (
    <Descriptions size="small" bordered column={1} className="sw-warn-cap">
      <Descriptions.Item label={t('warnings.cap.identifier')}>
        <span className="sw-code sw-warn-geometry">{w.cap.identifier}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.sender')}>
        <span className="sw-code sw-warn-geometry">{w.cap.sender}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.sent')}>{time(w.cap.sent)}</Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.msgType')}>
        {w.cap.msgType} · {t(`warnings.cap.msgType.${w.cap.msgType}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.event')}>{w.cap.event}</Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.category')}>{w.cap.category.map((c) => `${c} · ${t(categoryKey(c))}`).join('；') || none}</Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.urgency')}>
        {w.cap.urgency} · {t(urgencyKey(w.cap.urgency))}
      </Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.severity')}>
        {w.cap.severity} · {t(`warnings.cap.severity.${w.cap.severity}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.certainty')}>
        {w.cap.certainty} · {t(certaintyKey(w.cap.certainty))}
      </Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.effective')}>{time(w.cap.effective)}</Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.onset')}>{time(w.cap.onset)}</Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.expires')}>{time(w.cap.expires)}</Descriptions.Item>
      <Descriptions.Item label={t('warnings.cap.references')}>{lines(w.cap.references.map((r) => `${r.sender},${r.identifier},${r.sent}`))}</Descriptions.Item>
      {geometry && <Descriptions.Item label={t('warnings.field.polygons')}>{lines(w.areas.polygons)}</Descriptions.Item>}
      {geometry && <Descriptions.Item label={t('warnings.field.circles')}>{lines(w.areas.circles)}</Descriptions.Item>}
    </Descriptions>
  );
}
