/**
 * RFC 4180 CSV: fields separated by the delimiter, records by CRLF or LF (a lone CR too), a field in
 * double quotes may hold the delimiter, line breaks and "" for a quote. A leading UTF-8 BOM is
 * dropped. Pure and synchronous: the import reads at most a few MB.
 */
export type CsvParseResult = { records: string[][] } | { error: string };

export const CSV_DELIMITERS = [",", ";", "\t"] as const;

/**
 * The delimiter of the header line: a comma unless the line has more semicolons or tabs outside
 * quotes (Excel in a comma-decimal locale saves CSV with semicolons).
 */
export function detectCsvDelimiter(text: string): string {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

export function parseCsv(input: string, delimiter = detectCsvDelimiter(input)): CsvParseResult {
  const text = input.replace(/^\uFEFF/, "");
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  /** Inside quotes; `closed`: just after a field's closing quote, where only a delimiter or a line break may follow. */
  let quoted = false;
  let closed = false;
  let line = 1;
  let quoteOpenedOn = 0;
  const endField = () => {
    record.push(field);
    field = "";
    closed = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (char === '"') (quoted = false), (closed = true);
      else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line += 1;
        field += char;
      }
    } else if (char === delimiter) endField();
    else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      endField();
      records.push(record);
      record = [];
      line += 1;
    } else if (closed) return { error: `Line ${line}: text after a closing quote. Put the whole field in quotes and write a quote inside it as "".` };
    else if (char === '"') {
      if (field !== "") return { error: `Line ${line}: a quote inside an unquoted field. Put the whole field in quotes and write a quote inside it as "".` };
      quoted = true;
      quoteOpenedOn = line;
    } else field += char;
  }
  if (quoted) return { error: `Line ${quoteOpenedOn}: a quoted field is never closed.` };
  // A final line break ends the last record; it does not start an empty one.
  if (field !== "" || closed || record.length > 0) {
    endField();
    records.push(record);
  }
  return { records };
}
