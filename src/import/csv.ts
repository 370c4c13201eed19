/** A CSV file read into rows of cells, with the line each row starts on (cells may span lines). */
export interface CsvTable {
  rows: string[][];
  /** 1-based line of the first character of each row. */
  lines: number[];
}

/** Where a CSV file stops making sense, and why. */
export interface CsvError {
  line: number;
  reason: string;
}

/**
 * RFC 4180 CSV: comma-separated cells, a cell in double quotes may hold commas, line breaks and
 * `""` for a quote. CRLF and LF both end a row; a BOM is skipped; blank lines are no rows. A quote
 * that never closes, or text after a closing quote, is an error at its line: an export cut short
 * must not become a backlog cut short.
 */
export function parseCsv(text: string): CsvTable | { error: CsvError } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let index = 0;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    cell = '';
  };
  while (index < source.length) {
    const char = source[index];
    if (char === '"' && cell === '') {
      const quoteLine = line;
      index++;
      for (;;) {
        if (index >= source.length) return { error: { line: quoteLine, reason: 'a quoted cell is never closed' } };
        const inside = source[index];
        if (inside === '"' && source[index + 1] === '"') {
          cell += '"';
          index += 2;
        } else if (inside === '"') {
          index++;
          break;
        } else {
          if (inside === '\n') line++;
          cell += inside;
          index++;
        }
      }
      const next = source[index];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return { error: { line, reason: 'text after the closing quote of a cell (a quote inside a cell is written "")' } };
      }
    } else if (char === ',') {
      row.push(cell);
      cell = '';
      index++;
    } else if (char === '\n' || char === '\r') {
      endRow();
      index += char === '\r' && source[index + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      cell += char;
      index++;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return { rows, lines };
}
