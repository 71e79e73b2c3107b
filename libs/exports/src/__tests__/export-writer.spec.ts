import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { openWriter, REDACTED_COLUMN, REDACTED_NOTE, renderRow } from '../export-writer';
import { ExportFormat, type ExportColumn } from '../exports.types';

const COLUMNS: ExportColumn[] = [
  { field: 'name', header: '氏名' },
  { field: 'card', header: '在留カード番号' },
  { field: 'phone', header: '電話番号' },
  { field: 'at', header: '日時' },
  { field: 'tags', header: 'タグ' },
];

describe('export writer', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'renkei-export-writer-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('renders a redacted field as an empty cell named in the redacted list, and never reads it', () => {
    let reads = 0;
    const row = { name: 'A', get card() { reads += 1; return 'RZ48151623QX'; }, phone: null, at: new Date('2026-11-20T01:00:00Z'), tags: ['x', 'y'], redactedFields: ['card'] };
    const out = renderRow(COLUMNS, row);
    expect(out).toEqual({ cells: ['A', null, null, '2026-11-20 10:00:00', 'x、y'], redacted: ['在留カード番号'] });
    expect(reads).toBe(0);
  });

  it('CSV: BOM, a trailing 非表示項目 column per row, formula-like cells neutralised, digest of the bytes written', async () => {
    const path = join(dir, 'a.csv');
    const w = await openWriter(ExportFormat.CSV, path, COLUMNS, 't');
    await w.write({ name: '=HYPERLINK("x")', card: null, phone: '+819012345678', at: null, tags: [], redactedFields: ['card', 'phone'] });
    await w.write({ name: 'B', card: '****23QX', phone: '090', at: null, tags: [], redactedFields: [] });
    const { sizeBytes, sha256 } = await w.close();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(sizeBytes).toBe(bytes.length);
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const records = parse(bytes, { bom: true }) as string[][];
    expect(records).toEqual([
      ['氏名', '在留カード番号', '電話番号', '日時', 'タグ', REDACTED_COLUMN],
      ['\'=HYPERLINK("x")', '', '', '', '', '在留カード番号、電話番号'],
      ['B', '****23QX', '090', '', '', ''],
    ]);
  });

  it('XLSX: a redacted cell is empty, grey and carries the note', async () => {
    const path = join(dir, 'a.xlsx');
    const w = await openWriter(ExportFormat.XLSX, path, COLUMNS, '事案一覧');
    await w.write({ name: 'A', card: 'secret', phone: '090', at: null, tags: [], redactedFields: ['card'] });
    await w.close();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('事案一覧')!;
    expect(ws.getRow(1).values).toEqual([undefined, '氏名', '在留カード番号', '電話番号', '日時', 'タグ']);
    const hidden = ws.getRow(2).getCell(2);
    expect(hidden.value).toBeNull();
    const note = hidden.note as string | { texts?: { text: string }[] };
    expect(typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('')).toBe(REDACTED_NOTE);
    expect((hidden.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFD9D9D9');
    expect(ws.getRow(2).getCell(1).value).toBe('A');
    expect(ws.getRow(2).getCell(1).note).toBeUndefined();
  });
});
