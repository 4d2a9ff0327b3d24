import type { IncidentLogEntry } from '@shouwang/contracts';
import { Empty, Select, Skeleton, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { isMessageKey, useI18n } from '../../../lib/i18n';
import { useIncidentLog } from '../api/incident-log';

/** Timeline colours by what kind of thing happened: reporting blue, command red, dispatch orange, calls green. */
function colourOf(kind: string): string {
  if (kind.startsWith('report')) return kind === 'report_overdue' ? 'red' : 'blue';
  if (kind.startsWith('response') || kind === 'graded') return 'red';
  if (kind.startsWith('dispatch') || kind.startsWith('team') || kind.startsWith('suppl')) return 'orange';
  if (kind === 'call') return 'green';
  return 'gray';
}

/** 事件时间线: everything that happened to the incident, oldest first, filtered by kind. */
export function TimelinePanel({ incidentId }: { incidentId: string }) {
  const { t, language } = useI18n();
  const log = useIncidentLog(incidentId);
  const [kinds, setKinds] = useState<string[]>([]);
  const kindLabel = (kind: string) => {
    const key = `incidents.log.kind.${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };
  const entries = log.data?.items ?? [];
  const present = [...new Set(entries.map((e) => e.kind))];
  const shown = kinds.length ? entries.filter((e) => kinds.includes(e.kind)) : entries;

  return (
    <div className="sw-inc-timeline-panel">
      <div className="sw-inc-toolbar">
        <Select
          mode="multiple"
          allowClear
          className="sw-inc-timeline-filter"
          style={{ minWidth: 240, maxWidth: '100%' }}
          placeholder={t('incidents.timeline.allKinds')}
          aria-label={t('incidents.timeline.filter')}
          value={kinds}
          onChange={setKinds}
          options={present.map((k) => ({ value: k, label: kindLabel(k) }))}
        />
        <span className="sw-muted sw-inc-small">{t('incidents.common.total', { total: shown.length })}</span>
      </div>
      <ApiErrorAlert className="sw-inc-alert" error={log.error} />
      {log.isLoading && <Skeleton active paragraph={{ rows: 6 }} />}
      {log.data && shown.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <Timeline
        className="sw-inc-timeline"
        items={shown.map((e: IncidentLogEntry) => ({
          key: e.id,
          color: colourOf(e.kind),
          content: (
            <div className="sw-inc-entry" data-kind={e.kind}>
              <div className="sw-inc-entry-head">
                <Tag className="sw-inc-entry-kind">{kindLabel(e.kind)}</Tag>
                <time dateTime={e.at} className="sw-muted sw-inc-small">
                  {formatDateTime(e.at, language)}
                </time>
                <span className="sw-muted sw-inc-small">{e.by.name}</span>
              </div>
              <div className="sw-inc-text">{e.text}</div>
            </div>
          ),
        }))}
      />
    </div>
  );
}
