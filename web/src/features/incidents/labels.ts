import {
  IncidentCategory,
  IncidentLogKind,
  IncidentStatus,
  IncidentTaskStatus,
  ReportChannel,
  type IncidentGrade,
  type ReportClockState,
  type ReportStage,
} from '@shouwang/contracts';
import type { MessageKey } from '../../lib/i18n';

// Option lists come from the shared contract, so the screens offer exactly what the API accepts.
export const CATEGORIES = IncidentCategory.options;
export const STATUSES = IncidentStatus.options;
export const TASK_STATUSES = IncidentTaskStatus.options;
export const REPORT_CHANNELS = ReportChannel.options;
export const LOG_KINDS = IncidentLogKind.options;
/** 特别重大 (Ⅰ) first. */
export const GRADES: readonly IncidentGrade[] = [1, 2, 3, 4];
export const RESPONSE_LEVELS: readonly (1 | 2 | 3 | 4)[] = [1, 2, 3, 4];

/**
 * The grades wear the four signal colours (red, orange, yellow, blue) as the response plans print
 * them; `text` is the colour of text on the fill (dark on yellow). Ungraded is grey.
 */
export const GRADE_COLOURS: Record<IncidentGrade, { fill: string; text: string }> = {
  1: { fill: '#e60012', text: '#ffffff' },
  2: { fill: '#ff7d00', text: '#ffffff' },
  3: { fill: '#ffd000', text: '#3d3000' },
  4: { fill: '#0a6fd6', text: '#ffffff' },
};
export const UNGRADED_COLOUR = { fill: '#8c8c8c', text: '#ffffff' };
export const gradeColour = (grade: IncidentGrade | null) => (grade ? GRADE_COLOURS[grade] : UNGRADED_COLOUR);

/** Report clocks: what is owed soon is amber, what is late is red. */
export const CLOCK_COLOURS: Record<ReportClockState, string> = { ok: '#389e0d', amber: '#d48806', red: '#cf1322' };

export const STATUS_TAG: Record<IncidentStatus, string> = { active: 'red', ended: 'gold', closed: 'default' };
export const TASK_STATUS_TAG: Record<IncidentTaskStatus, string> = { pending: 'default', in_progress: 'processing', done: 'success', cancelled: 'default' };

export const gradeKey = (g: IncidentGrade): MessageKey => `incidents.grade.${g}`;
export const statusKey = (s: IncidentStatus): MessageKey => `incidents.status.${s}`;
export const categoryKey = (c: IncidentCategory): MessageKey => `incidents.category.${c}`;
export const taskStatusKey = (s: IncidentTaskStatus): MessageKey => `incidents.task.status.${s}`;
export const channelKey = (c: ReportChannel): MessageKey => `incidents.report.channel.${c}`;
export const stageKey = (s: ReportStage): MessageKey => `incidents.report.stage.${s}`;
export const levelKey = (l: 1 | 2 | 3 | 4): MessageKey => `incidents.response.level.${l}`;
