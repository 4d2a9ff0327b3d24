import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useAlarmIntake } from './alarm-prefill';
import { blankIntake, type IntakeSource, type IntakeValues } from './intake-values';
import { useWarningIntake } from './warning-prefill';

/**
 * Whether the intake form is open and what it starts with: blank for a call, or filled from the alarm
 * or warning named in the URL (`?fromAlarm=`, `?fromWarning=`); the monitoring queue's 转为事件 links here.
 */
export function useIntake() {
  const { language } = useI18n();
  const { region } = useSelectedRegion();
  const [params, setParams] = useSearchParams();
  const fromAlarm = params.get('fromAlarm');
  const fromWarning = fromAlarm === null ? params.get('fromWarning') : null;
  const [blank, setBlank] = useState<{ key: number; values: IntakeValues } | null>(null);
  const alarm = useAlarmIntake(fromAlarm, language);
  const warning = useWarningIntake(fromWarning, language);
  const linked = fromAlarm !== null ? { id: fromAlarm, kind: 'alarm' as const, query: alarm } : fromWarning !== null ? { id: fromWarning, kind: 'warning' as const, query: warning } : null;

  const openBlank = useCallback(() => setBlank((b) => ({ key: (b?.key ?? 0) + 1, values: blankIntake(region?.code) })), [region?.code]);
  /** Closing (or creating, which also opens the new incident) changes the URL once: two changes would race. */
  const leave = useCallback(
    (incidentId: string | null) => {
      setBlank(null);
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('fromAlarm');
          next.delete('fromWarning');
          if (incidentId) next.set('incident', incidentId);
          return next;
        },
        { replace: incidentId === null },
      );
    },
    [setParams],
  );
  const close = useCallback(() => leave(null), [leave]);
  const finish = useCallback((incidentId: string) => leave(incidentId), [leave]);

  const open = linked !== null || blank !== null;
  const initial: IntakeValues = linked ? (linked.query.data?.values ?? {}) : (blank?.values ?? {});
  const source: IntakeSource | null = linked ? (linked.query.data?.source ?? { kind: linked.kind, id: linked.id, label: '' }) : null;
  // A new key whenever the starting values change, so the form takes them.
  const key = linked ? `${linked.kind}-${linked.id}-${linked.query.data ? 'ready' : 'loading'}` : `blank-${blank?.key ?? 0}`;
  return { open, initial, source, key, loading: linked?.query.isLoading ?? false, error: linked?.query.error ?? null, openBlank, close, finish };
}
