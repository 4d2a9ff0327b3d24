/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM. Returns rows of fields. */
export function parseCsv(text: string): string[][] {
  return parseRows(text).filter((r) => !isBlank(r));
}

const isBlank = (r: string[]) => r.length === 1 && r[0] === '';

/** Every row, blank ones included, so a row's index is its position in the file. */
function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as records keyed by the header line; `line` is the 1-based line number users see in Excel. */
export function csvRecords(text: string): { header: string[]; records: { line: number; values: Record<string, string> }[] } {
  // Blank rows are skipped but still counted, so `line` stays the row the user sees.
  const [head, ...rows] = parseRows(text)
    .map((r, i) => ({ r, line: i + 1 }))
    .filter(({ r }) => !isBlank(r));
  const names = (head?.r ?? []).map((h) => h.trim());
  return {
    header: names,
    records: rows.map(({ r, line }) => ({ line, values: Object.fromEntries(names.map((h, j) => [h, (r[j] ?? '').trim()])) })),
  };
}
