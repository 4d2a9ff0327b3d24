import type { IncidentDetail, IncidentReportCreate, ReportChannel, ReportStage } from '@shouwang/contracts';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/format';
import { figuresBody, figureValues, type FigureValues } from '../components/figures-fields';

/** The long-text fields each stage asks for, in the order of the 信息报告 templates; `required` ones must be filled. */
export const STAGE_TEXTS: Record<ReportStage, { name: string; required?: boolean; rows?: number }[]> = {
  initial: [
    { name: 'summary', required: true, rows: 4 },
    { name: 'cause' },
    { name: 'scope' },
    { name: 'trend' },
    { name: 'leadersOnSite' },
    { name: 'requests' },
    { name: 'other' },
  ],
  follow_up: [{ name: 'progress', required: true, rows: 4 }, { name: 'cause' }, { name: 'trend' }, { name: 'requests' }],
  final: [{ name: 'summary', required: true, rows: 4 }, { name: 'response', required: true, rows: 4 }, { name: 'currentState', required: true }, { name: 'nextSteps', required: true }, { name: 'cause' }],
};
/** Stages that name the on-scene commander (现场指挥负责人). */
export const HAS_COMMANDER: Record<ReportStage, boolean> = { initial: true, follow_up: true, final: false };

export interface ReportValues {
  channel: ReportChannel;
  reportedAt?: string;
  reportedTo?: string;
  signedOffBy?: string;
  figures: FigureValues;
  measuresTaken?: string;
  occurredAt?: string;
  location?: string;
  texts: Record<string, string | undefined>;
  commander?: { name?: string; title?: string; phone?: string };
}

export function reportInitial(stage: ReportStage, i: IncidentDetail): ReportValues {
  const last = i.reports.at(-1);
  return {
    channel: stage === 'initial' && !i.reports.some((r) => r.stage === 'initial') ? 'phone' : 'written',
    reportedTo: last?.reportedTo ?? '',
    signedOffBy: last?.signedOffBy ?? '',
    figures: figureValues(i.figures),
    occurredAt: toDateTimeLocal(i.occurredAt),
    location: i.location.text,
    texts: stage === 'follow_up' ? {} : { summary: i.summary },
    commander: {},
  };
}

const trim = (s: string | undefined) => (s ?? '').trim();

export function reportBody(stage: ReportStage, v: ReportValues, i: IncidentDetail): IncidentReportCreate {
  const common = {
    channel: v.channel,
    ...(fromDateTimeLocal(v.reportedAt) ? { reportedAt: fromDateTimeLocal(v.reportedAt) } : {}),
    reportedTo: trim(v.reportedTo),
    signedOffBy: trim(v.signedOffBy),
    figures: figuresBody(v.figures),
    measuresTaken: trim(v.measuresTaken),
  };
  const texts = Object.fromEntries(STAGE_TEXTS[stage].map((f) => [f.name, trim(v.texts[f.name])]));
  const commander = trim(v.commander?.name) ? { name: trim(v.commander?.name), title: trim(v.commander?.title), phone: trim(v.commander?.phone) } : null;
  if (stage === 'initial') {
    return {
      stage,
      ...common,
      occurredAt: fromDateTimeLocal(v.occurredAt) ?? i.occurredAt,
      location: trim(v.location),
      unit: i.unit,
      onSiteCommander: commander,
      ...(texts as { summary: string }),
    };
  }
  if (stage === 'follow_up') return { stage, ...common, onSiteCommander: commander, ...(texts as { progress: string }) };
  return { stage, ...common, ...(texts as { summary: string; response: string; currentState: string; nextSteps: string }) };
}
