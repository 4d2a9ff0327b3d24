import type { IncidentCategory, IncidentType, IncidentTypeCatalogue } from '@shouwang/contracts';
import grading from './data/grading.json' with { type: 'json' };
import types from './data/incident-types.json' with { type: 'json' };
import { BOUNDS_SOURCE, PRODUCTION_SAFETY_BOUNDS, type GradingSettings } from './grade-incident.js';

/** The incident types (data) and the grading settings that are data rather than law. */
export const INCIDENT_TYPES = types.types as IncidentType[];
const BY_KEY = new Map(INCIDENT_TYPES.map((t) => [t.key, t]));
export const incidentTypeOf = (key: string): IncidentType | undefined => BY_KEY.get(key);

export const GRADING_SETTINGS: GradingSettings = {
  missingCountsAsDeaths: grading.missingCountsAsDeaths,
  nearMiss: grading.nearMiss,
  reportTo: grading.reportTo as GradingSettings['reportTo'],
};

export function incidentCatalogue(): IncidentTypeCatalogue {
  return {
    categories: types.categories.map((c) => ({ key: c.key as IncidentCategory, zh: c.zh, en: c.en, types: INCIDENT_TYPES.filter((t) => t.category === c.key) })),
    grading: {
      bounds: PRODUCTION_SAFETY_BOUNDS,
      boundsSource: BOUNDS_SOURCE,
      nearMiss: grading.nearMiss,
      nearMissSource: grading._nearMiss,
      missingCountsAsDeaths: grading.missingCountsAsDeaths,
      missingSource: grading._missingCountsAsDeaths,
    },
  };
}
