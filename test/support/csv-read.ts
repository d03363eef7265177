/**
 * A CSV reader for the tests of the downloads, written apart from the writer: RFC 4180 records
 * (quoted fields, doubled quotes, CRLF), the dialect given, and numbers read back in the dialect's
 * convention (`excel`: decimal comma; `plain`: decimal point), so a test can compare each with the
 * scorer's. Throws on anything malformed, so a wrong file fails the test.
 */
export interface ReadCsv {
  bom: boolean;
  rows: string[][];
}

export function readCsv(text: string, separator: ";" | ","): ReadCsv {
  const bom = text.startsWith("\ufeff");
  const body = bom ? text.slice(1) : text;
  if (!body.endsWith("\r\n")) throw new Error("the file does not end with CRLF");
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < body.length) {
    let value = "";
    if (body[i] === '"') {
      i++;
      for (;;) {
        const q = body.indexOf('"', i);
        if (q < 0) throw new Error(`an unclosed quote at ${i}`);
        value += body.slice(i, q);
        if (body[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[;,\r"]/g;
      m.lastIndex = i;
      let end: number;
      for (;;) {
        const found = m.exec(body);
        if (!found) throw new Error("a record does not end");
        if (found[0] === '"') throw new Error(`a quote inside an unquoted field at ${found.index}`);
        if (found[0] === "\r" || found[0] === separator) {
          end = found.index;
          break;
        }
      }
      value = body.slice(i, end);
      i = end;
    }
    row.push(value);
    if (body[i] === separator) i++;
    else if (body.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(body[i])} at ${i}`);
  }
  const width = rows[0]?.length;
  for (const [n, r] of rows.entries())
    if (r.length !== width) throw new Error(`record ${n + 1} has ${r.length} fields, the header ${width}`);
  return { bom, rows };
}

/** A number cell in the dialect's convention; `null` for an empty cell; throws for anything else. */
export function readNumber(cell: string, format: "excel" | "plain"): number | null {
  if (cell === "") return null;
  const pattern = format === "excel" ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  if (!pattern.test(cell)) throw new Error(`${JSON.stringify(cell)} is not a ${format} number`);
  return Number(cell.replace(",", "."));
}

/** The rows as objects by header. */
export function records(read: ReadCsv): Record<string, string>[] {
  const [header, ...rest] = read.rows;
  return rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}
