import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * The few building blocks of a Chinese Word document. Every run names a CJK font for the East Asian
 * script (w:eastAsia): without it Word and LibreOffice fall back to a Latin font and Chinese may not
 * render. Body 宋体 (SimSun), headings 黑体 (SimHei), as official documents are usually set.
 */
const SONG = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体', cs: 'SimSun' };
const HEI = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体', cs: 'SimHei' };
/** Half-points: 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
const SIZE = { title: 36, h1: 32, h2: 28, body: 24, table: 21 };

export type Block = Paragraph | Table;

/** Text with line breaks kept as breaks inside one paragraph. */
function runs(text: string, opts: { bold?: boolean; size?: number } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, font: opts.bold ? HEI : SONG, size: opts.size ?? SIZE.body, ...(opts.bold && { bold: true }), ...(i > 0 && { break: 1 }) }));
}

export const title = (text: string) => new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text, font: HEI, size: SIZE.title, bold: true })] });
export const subtitle = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: runs(text, { size: SIZE.h2 }) });
export const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 360, after: 120 }, children: [new TextRun({ text, font: HEI, size: SIZE.h1, bold: true })] });
export const subheading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, font: HEI, size: SIZE.h2, bold: true })] });
/** A body paragraph, first line indented two characters as Chinese prose is. */
export const para = (text: string) => new Paragraph({ indent: { firstLine: 480 }, spacing: { after: 120, line: 360 }, children: runs(text) });
/** Each line of a multi-line text as its own paragraph. */
export const paras = (text: string, empty = '（未填写）') => (text.trim() ? text.split(/\n+/).filter((l) => l.trim()).map(para) : [para(empty)]);
export const note = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 360 }, children: runs(text, { size: SIZE.table }) });

const cell = (text: string, header: boolean, width?: number) =>
  new TableCell({
    ...(width && { width: { size: width, type: WidthType.PERCENTAGE } }),
    ...(header && { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } }),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ children: runs(text || '—', { size: SIZE.table, bold: header }) })],
  });

/** A full-width table whose first row repeats on every page; `widths` in percent of the page. */
export function table(header: string[], rows: string[][], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, widths?.[i])) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, widths?.[i])) })),
    ],
  });
}

/** Two columns of label and value (基本情况). */
export function facts(pairs: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: pairs.map(([k, v]) => new TableRow({ cantSplit: true, children: [cell(k, true, 22), cell(v, false, 78)] })),
  });
}

export async function toDocx(meta: { title: string; creator: string }, children: Block[]): Promise<Buffer> {
  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
    styles: { default: { document: { run: { font: SONG, size: SIZE.body } } } },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1587, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(doc);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
