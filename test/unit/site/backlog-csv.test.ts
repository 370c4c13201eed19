import { describe, expect, test } from 'vitest';
import { csvCell, renderBacklogCsv } from '../../../src/site/backlog-csv.ts';
import { dictionaryFor } from '../../../src/site/i18n.ts';
import { exportView, story } from '../../helpers/export-view.ts';

const en = dictionaryFor('en');
const label = (id: string) => `label of ${id}`;
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
const headingsOf = (csv: string) => rowsOf(csv)[0].split(',');

describe('backlog.csv', () => {
  test('starts with a BOM and ends every row with CRLF, one row per story after the headings', () => {
    const csv = renderBacklogCsv(exportView({}, [story('ST-1'), story('ST-2'), story('ST-3')]), en, label);
    expect(csv.startsWith('\uFEFFID,Title,Status,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
    expect(rowsOf(csv).map((row) => row.split(',')[0])).toEqual(['ID', 'ST-1', 'ST-2', 'ST-3']);
  });

  test('has the estimate, cost and owner columns only when the view shows them', () => {
    const common = ['ID', 'Title', 'Status', 'Status category', 'Priority', 'Rank', 'Phase', 'Phase title', 'Epic', 'Epic title'];
    const tail = ['Stakeholders', 'Tags', 'Depends on', 'Dependencies not shown'];
    expect(headingsOf(renderBacklogCsv(exportView(), en, label))).toEqual([...common, ...tail, 'Created', 'Updated']);
    expect(headingsOf(renderBacklogCsv(exportView({ estimates: true, costs: true, owners: true }), en, label))).toEqual([
      ...common,
      ...tail,
      'Points',
      'Person-days',
      'Cost (EUR)',
      'Owner',
      'Created',
      'Updated',
    ]);
    expect(headingsOf(renderBacklogCsv(exportView({ costs: true }), en, label))).toContain('Cost (EUR)');
    expect(headingsOf(renderBacklogCsv(exportView({ costs: true }), en, label))).not.toContain('Points');
  });

  test('writes dates ISO, numbers unformatted, labels in the site language and lists joined by semicolons', () => {
    const full = story('ST-7', {
      title: 'Log a harvest',
      status: 'in-progress',
      category: 'active',
      priority: 'should',
      rank: 2,
      phase: 'build',
      epic: 'logging',
      stakeholders: ['farmers'],
      tags: ['mobile', 'offline'],
      dependsOn: ['ST-1', 'ST-2'],
      hiddenDependencies: 1,
      estimate: { points: 8, personDays: 2.5, cost: 12500 },
      owner: 'Claire',
      created: '2026-06-08',
      updated: '2026-11-25',
    });
    const row = rowsOf(renderBacklogCsv(exportView({ estimates: true, costs: true, owners: true }, [full]), en, label))[1];
    expect(row).toBe(
      'ST-7,Log a harvest,label of in-progress,active,Should,2,build,MVP build,logging,Field logging,Member farmers,mobile; offline,ST-1; ST-2,1,8,2.5,12500,Claire,2026-06-08,2026-11-25',
    );
    const french = rowsOf(renderBacklogCsv(exportView({}, [full]), dictionaryFor('fr'), label));
    expect(french[0]).toContain('Priorité');
    expect(french[1]).toContain(',Important,');
  });

  test('quotes cells as RFC 4180 says: commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('one, two')).toBe('"one, two"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0)).toBe('0');
  });

  test('never lets a spreadsheet run a cell as a formula', () => {
    for (const text of ['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tindent', '\rreturn'])
      expect(csvCell(text).replace(/^"/, '').startsWith(`'${text[0]}`), JSON.stringify(text)).toBe(true);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=A1,B1')).toBe('"\'=A1,B1"');
    expect(csvCell('a = b')).toBe('a = b');
    const row = rowsOf(renderBacklogCsv(exportView({}, [story('ST-1', { title: '=cmd|calc' })]), en, label))[1];
    expect(row).toContain(",'=cmd|calc,");
  });
});
