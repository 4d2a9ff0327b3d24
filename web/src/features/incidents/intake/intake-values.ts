import type { IncidentCategory, IncidentCreate, IncidentGrade } from '@shouwang/contracts';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/format';
import { figuresBody, type FigureValues } from '../components/figures-fields';

/** Where an incident came from, when it was not a phone call. */
export interface IntakeSource {
  kind: 'alarm' | 'warning';
  id: string;
  /** What the officer sees: the alarm's point and reading, the warning's headline. */
  label: string;
}

export interface UnitValues {
  name?: string;
  nature?: string;
  industry?: string;
  address?: string;
  uscc?: string;
}

export interface IntakeValues {
  regionCode?: string;
  category?: IncidentCategory;
  type?: string;
  title?: string;
  /** `<input type="datetime-local">` values, local time. */
  occurredAt?: string;
  receivedAt?: string;
  place?: string;
  lon?: number | null;
  lat?: number | null;
  figures?: FigureValues;
  unit?: UnitValues;
  informant?: { name?: string; phone?: string; unit?: string };
  summary?: string;
  assessedGrade?: IncidentGrade | null;
  assessReason?: string;
}

export const INTAKE_FIELDS = ['regionCode', 'category', 'type', 'title', 'occurredAt', 'receivedAt', 'place', 'lon', 'lat', 'figures', 'unit', 'informant', 'summary', 'assessedGrade', 'assessReason'] as const;

export const blankIntake = (regionCode: string | undefined): IntakeValues => {
  const now = toDateTimeLocal(new Date().toISOString());
  return { regionCode, occurredAt: now, receivedAt: now, figures: {}, unit: {}, informant: {} };
};

const trimmed = (s: string | undefined) => (s ?? '').trim();

export function intakeBody(v: IntakeValues, source: IntakeSource | null): IncidentCreate {
  const unitName = trimmed(v.unit?.name);
  const informantName = trimmed(v.informant?.name);
  return {
    ...(v.regionCode ? { regionCode: v.regionCode } : {}),
    type: v.type ?? '',
    ...(trimmed(v.title) ? { title: trimmed(v.title) } : {}),
    occurredAt: fromDateTimeLocal(v.occurredAt) ?? '',
    ...(fromDateTimeLocal(v.receivedAt) ? { receivedAt: fromDateTimeLocal(v.receivedAt) } : {}),
    location: { text: trimmed(v.place), lon: v.lon ?? null, lat: v.lat ?? null },
    unit: unitName
      ? { name: unitName, nature: trimmed(v.unit?.nature), industry: trimmed(v.unit?.industry), address: trimmed(v.unit?.address), uscc: trimmed(v.unit?.uscc) }
      : null,
    figures: figuresBody(v.figures),
    summary: trimmed(v.summary),
    informant: informantName ? { name: informantName, ...(trimmed(v.informant?.phone) ? { phone: trimmed(v.informant?.phone) } : {}), unit: trimmed(v.informant?.unit) } : null,
    ...(source ? { source: { kind: source.kind, id: source.id } } : {}),
    ...(v.assessedGrade ? { gradeAssessment: { grade: v.assessedGrade, reason: trimmed(v.assessReason) } } : {}),
  };
}
