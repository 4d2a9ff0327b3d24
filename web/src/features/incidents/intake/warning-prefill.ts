import type { IncidentCategory, Warning } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { toDateTimeLocal } from '../../../lib/format';
import { translate, type Language } from '../../../lib/i18n';
import { fetchWarning } from '../../warnings/api/get-warning';
import { incidentsKey } from '../api/types';
import type { IntakeSource, IntakeValues } from './intake-values';

/** The incident type a warning most likely turns into, by its type code (the common codes of the warnings form). */
const TYPE_BY_WARNING_CODE: [RegExp, IncidentCategory, string][] = [
  [/^(94|GRASS-FIRE)$/, 'natural_disaster', 'forest_grassland_fire'],
  [/^(GEO-HAZARD|FLASH-FLOOD)$/, 'natural_disaster', 'geological'],
  [/^(FLOOD|08)$/, 'natural_disaster', 'flood_drought'],
  [/^EARTHQUAKE$/, 'natural_disaster', 'earthquake'],
  [/^HAZCHEM$/, 'accident', 'hazchem'],
  [/^MINE$/, 'accident', 'mining'],
  [/^\d{2}$/, 'natural_disaster', 'meteorological'],
];

export function warningIntake(w: Warning, language: Language): { values: IntakeValues; source: IntakeSource } {
  const match = TYPE_BY_WARNING_CODE.find(([code]) => code.test(w.type.code));
  return {
    source: { kind: 'warning', id: w.id, label: w.headline },
    values: {
      regionCode: w.areas.regionCodes[0] ?? w.regionCode,
      ...(match ? { category: match[1], type: match[2] } : {}),
      occurredAt: toDateTimeLocal(new Date().toISOString()),
      receivedAt: toDateTimeLocal(new Date().toISOString()),
      place: '',
      figures: {},
      unit: {},
      informant: {},
      summary: translate('incidents.intake.warningSummary', { headline: w.headline, description: w.description }, language).slice(0, 4000),
    },
  };
}

/** The intake form filled from a published warning: its area, the likely type and what it said. */
export function useWarningIntake(warningId: string | null, language: Language) {
  return useQuery({
    queryKey: [...incidentsKey, 'from-warning', warningId ?? '', language] as const,
    enabled: warningId !== null,
    staleTime: Infinity,
    queryFn: async ({ signal }) => warningIntake(await fetchWarning(warningId ?? '', signal), language),
  });
}
