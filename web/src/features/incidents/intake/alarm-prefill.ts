import { INDUSTRY_LABELS, type AlarmDetail, type AssetKind, type EnterpriseDetail, type Industry, type MonitoringPoint } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime, formatReading, toDateTimeLocal } from '../../../lib/format';
import { pickLocalized, translate, type Language } from '../../../lib/i18n';
import { fetchEnterprise } from '../../enterprises/api/get-enterprise';
import { fetchAlarm } from '../../monitoring/api/get-alarm';
import { fetchPoint } from '../../monitoring/api/get-point';
import { conditionLabel } from '../../monitoring/labels';
import { incidentsKey } from '../api/types';
import type { IntakeSource, IntakeValues } from './intake-values';

/** The incident type an alarm most likely is, from the plant's industry or the lifeline asset. */
function typeOf(industry: Industry | null, asset: AssetKind): { category: 'accident'; type: string } {
  if (industry?.startsWith('hazchem')) return { category: 'accident', type: 'hazchem' };
  if (industry === 'coal_mine' || industry === 'non_coal_mine') return { category: 'accident', type: 'mining' };
  if (industry) return { category: 'accident', type: 'industrial' };
  return { category: 'accident', type: asset === 'hazard_source' ? 'industrial' : 'public_facility' };
}

export function alarmIntake(alarm: AlarmDetail, point: MonitoringPoint, enterprise: EnterpriseDetail | null, language: Language): { values: IntakeValues; source: IntakeSource } {
  const condition = pickLocalized(conditionLabel(alarm.condition), language);
  const reading = alarm.value === null ? '' : `${formatReading(alarm.peakValue ?? alarm.value, language)} ${alarm.unit}`;
  const limit = alarm.threshold === null ? '' : `${formatReading(alarm.threshold, language)} ${alarm.unit}`;
  const where = enterprise?.name ?? (alarm.assetName || point.assetName);
  const label = `${alarm.pointName} ${condition}${reading ? ` ${reading}` : ''}`;
  return {
    source: { kind: 'alarm', id: alarm.id, label },
    values: {
      regionCode: alarm.regionCode,
      ...typeOf(enterprise?.industry ?? null, point.assetKind),
      occurredAt: toDateTimeLocal(alarm.raisedAt),
      receivedAt: toDateTimeLocal(new Date().toISOString()),
      place: `${where} ${alarm.pointName}`.slice(0, 200),
      lon: point.lon,
      lat: point.lat,
      figures: {},
      unit: enterprise ? { name: enterprise.name, industry: INDUSTRY_LABELS[enterprise.industry].zh, nature: '', address: enterprise.address, uscc: enterprise.uscc } : {},
      informant: {},
      summary: translate(
        'incidents.intake.alarmSummary',
        { time: formatDateTime(alarm.raisedAt, language), where, point: alarm.pointName, code: alarm.pointCode, condition, reading: reading || '—', limit: limit || '—' },
        language,
      ),   },
  };
}

/** The intake form filled from a monitoring alarm: its time, place, plant, reading and likely type. */
export function useAlarmIntake(alarmId: string | null, language: Language) {
  return useQuery({
    queryKey: [...incidentsKey, 'from-alarm', alarmId ?? '', language] as const,
    enabled: alarmId !== null,
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const alarm = await fetchAlarm(alarmId ?? '', signal);
      const point = await fetchPoint(alarm.pointId, signal);
      const enterprise = alarm.enterpriseId ? await fetchEnterprise(alarm.enterpriseId, signal).catch(() => null) : null;
      return alarmIntake(alarm, point, enterprise, language);
    },
  });
}
