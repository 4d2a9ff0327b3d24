import type { Actor } from '../../../foundation/auth/actor.js';
import { localTime } from '../incident-writer.js';
import { toDocx } from './docx-parts.js';
import type { reportData } from './report-data.js';
import { reportSections } from './report-sections.js';

export type IncidentReportFile = { body: Buffer; filename: string; asciiFilename: string };

/** The exportable 事件报告 (E5): the incident's whole record and its review as a Chinese Word document. */
export function incidentReportExport(gather: ReturnType<typeof reportData>) {
  return {
    async docx(actor: Actor, id: string): Promise<IncidentReportFile> {
      const d = await gather(actor, id);
      const body = await toDocx({ title: `突发事件报告：${d.incident.title}`, creator: `守望 · ${d.exportedBy}` }, reportSections(d));
      const day = localTime(d.exportedAt, d.utcOffsetMinutes).slice(0, 10);
      // File names cannot hold / \ : * ? " < > | on common systems.
      const safeTitle = d.incident.title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').slice(0, 80);
      return { body, filename: `事件报告-${safeTitle}-${day}.docx`, asciiFilename: `incident-report-${id.slice(0, 8)}-${day}.docx` };
    },
  };
}
export type IncidentReportExport = ReturnType<typeof incidentReportExport>;
