import type { CalloutBoard } from '@shouwang/contracts';
import { useI18n, type MessageKey } from '../../../../lib/i18n';
import { percent, share } from '../callout-labels';

interface Figure {
  key: keyof CalloutBoard['totals'];
  label: MessageKey;
  tone: 'plain' | 'good' | 'bad' | 'warn';
}

/** 应叫应 / 已送达 / 已确认 / 已反馈 / 未响应 / 已上报上级, readable from across the room. */
const FIGURES: Figure[] = [
  { key: 'persons', label: 'callouts.figure.persons', tone: 'plain' },
  { key: 'reached', label: 'callouts.figure.reached', tone: 'plain' },
  { key: 'acknowledged', label: 'callouts.figure.acknowledged', tone: 'good' },
  { key: 'feedback', label: 'callouts.figure.feedback', tone: 'good' },
  { key: 'pending', label: 'callouts.figure.pending', tone: 'bad' },
  { key: 'escalated', label: 'callouts.figure.escalated', tone: 'warn' },
];

export function BoardFigures({ board, compact = false }: { board: CalloutBoard; compact?: boolean }) {
  const { t } = useI18n();
  const { totals } = board;
  return (
    <div className={`sw-callout-figures${compact ? ' sw-callout-figures--compact' : ''}`}>
      {FIGURES.map((f) => {
        const value = totals[f.key];
        const quiet = value === 0 && (f.tone === 'bad' || f.tone === 'warn');
        return (
          <div key={f.key} className={`sw-callout-figure sw-callout-figure--${quiet ? 'plain' : f.tone}`} data-figure={f.key} data-value={value}>
            <div className="sw-callout-figure-value">{value}</div>
            <div className="sw-callout-figure-label">{t(f.label)}</div>
            {f.key !== 'persons' && f.key !== 'pending' && f.key !== 'escalated' && <div className="sw-callout-figure-share">{percent(share(value, totals.persons))}</div>}
          </div>
        );
      })}
      {!compact && (
        <div className="sw-callout-figure-notes">
          {totals.failed > 0 && <span className="sw-callout-note--bad">{t('callouts.figure.failed', { count: totals.failed })}</span>}
          {totals.feedbackOverdue > 0 && <span className="sw-callout-note--bad">{t('callouts.figure.feedbackOverdue', { count: totals.feedbackOverdue })}</span>}
          {board.public.total > 0 && <span>{t('callouts.figure.public', { delivered: board.public.delivered, total: board.public.total, failed: board.public.failed })}</span>}
        </div>
      )}
    </div>
  );
}
