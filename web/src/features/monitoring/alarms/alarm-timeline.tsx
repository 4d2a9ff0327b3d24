import type { AlarmEntry } from '@shouwang/contracts';
import { Image, Timeline } from 'antd';
import { alarmAttachmentUrl } from '../api/get-alarm';
import { formatReadingTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';

type EntryKind = AlarmEntry['kind'];

const KIND_COLOR: Record<EntryKind, string> = {
  raised: 'red',
  acknowledged: 'blue',
  note: 'blue',
  escalated: 'orange',
  condition_cleared: 'green',
  closed: 'gray',
};

/** 产生 → 确认 → 处置记录 (with photos) → 升级 → 消警 → 关闭, oldest first. */
export function AlarmTimeline({ alarmId, entries }: { alarmId: string; entries: AlarmEntry[] }) {
  const { t, language } = useI18n();
  return (
    <Timeline
      className="sw-mon-timeline"
      items={entries.map((entry) => ({
        key: entry.id,
        color: KIND_COLOR[entry.kind],
        content: (
          <div className="sw-mon-entry" data-kind={entry.kind}>
            <div className="sw-mon-entry-head">
              <strong>{t(`monitoring.entry.${entry.kind}`)}</strong>
              <span className="sw-muted">
                {entry.by} · {formatReadingTime(entry.at, language)}
              </span>
            </div>
            {entry.text && <div className="sw-mon-entry-text">{entry.text}</div>}
            {entry.attachments.length > 0 && (
              <Image.PreviewGroup>
                <div className="sw-mon-thumbs">
                  {entry.attachments.map((a) => (
                    <Image key={a.id} width={72} height={72} className="sw-mon-thumb" src={alarmAttachmentUrl(alarmId, a.id)} alt={a.name} />
                  ))}
                </div>
              </Image.PreviewGroup>
            )}
          </div>
        ),
      }))}
    />
  );
}
