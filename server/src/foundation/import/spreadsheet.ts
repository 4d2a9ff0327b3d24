import ExcelJS from 'exceljs';
import { csvRecords } from './csv.js';

export type SheetRecords = { header: string[]; records: { line: number; values: Record<string, string> }[] };
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell as the text the user typed: numbers without float noise, dates as YYYY-MM-DD, formulas by result. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v);
}

/** The first worksheet of an XLSX file as records keyed by its header row; `line` is the Excel row number. */
export async function xlsxRecords(file: Buffer): Promise<SheetRecords> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  if (!ws) return { header: [], records: [] };
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (header[col - 1] = cellText(cell.value).trim()));
  const records: SheetRecords['records'] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const values: Record<string, string> = {};
    header.forEach((h, j) => (values[h] = cellText(row.getCell(j + 1).value).trim()));
    if (Object.values(values).some((v) => v !== '')) records.push({ line, values });
  });
  return { header, records };
}

/** Reads CSV (UTF-8, optional BOM) or XLSX, told apart by the ZIP signature rather than trusting the name. */
export async function readSpreadsheet(file: Buffer): Promise<SheetRecords> {
  if (file.length >= 4 && file.readUInt32LE(0) === 0x04034b50) return xlsxRecords(file);
  return csvRecords(file.toString('utf8'));
}

/** Cells Excel would evaluate as a formula (CSV injection); a signed number is left alone. */
const FORMULA = /^(?:[=@\t\r]|[+-][^0-9.])/;
const csvField = (raw: string) => {
  const v = FORMULA.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/** RFC 4180 CSV with a BOM so Excel opens it as UTF-8; cells that Excel would run as formulas are defused. */
export function toCsv(header: string[], rows: string[][]): Buffer {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

/** One worksheet with a bold, frozen header row and columns sized to their content. */
export async function toXlsx(sheetName: string, header: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shouwang';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c, i) => {
    const widest = Math.max(...[header[i] ?? '', ...rows.slice(0, 500).map((r) => String(r[i] ?? ''))].map((s) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 255 ? 2 : 1), 0)));
    c.width = Math.min(60, Math.max(8, widest + 2));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
