import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findInFiles, readSiteFiles } from '../../helpers/built-files.ts';
import { contentWithScenario, fixturesDir } from '../../helpers/fixture-content.ts';
import { runScript } from '../../helpers/run-script.ts';

const sources = join(fixturesDir, 'import');
const made: string[] = [];
afterAll(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** An empty working folder holding copies of the import fixtures, as a product owner's repository would. */
function workFolder(): string {
  const work = mkdtempSync(join(tmpdir(), 'backlog-docs-import-'));
  made.push(work);
  cpSync(sources, join(work, 'sources'), { recursive: true });
  return work;
}

const importIn = (work: string, args: string[]) => runScript('import', args, { cwd: work });
const read = (work: string, path: string) => readFileSync(join(work, path), 'utf8');

describe('backlog-docs import', () => {
  test('a source whose content would not pass check imports nothing, and leaves the folder as it was', () => {
    const work = workFolder();
    expect(importIn(work, ['github', 'sources/github/issues.json']).status).toBe(0);
    const before = readSiteFiles(join(work, 'content'));
    // An image in raw HTML that points at a file the content folder does not have.
    const issues = JSON.parse(read(work, 'sources/github/issues.json')) as { body: string }[];
    issues[0].body += '\n\n<img src="docs/missing.png" alt="a screenshot">\n';
    writeFileSync(join(work, 'sources/broken.json'), JSON.stringify(issues));
    const result = importIn(work, ['github', 'sources/broken.json', '--update']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Nothing was imported: content is as it was before');
    expect(readSiteFiles(join(work, 'content'))).toEqual(before);

    const fresh = workFolder();
    cpSync(join(work, 'sources/broken.json'), join(fresh, 'sources/broken.json'));
    expect(importIn(fresh, ['github', 'sources/broken.json']).status).toBe(1);
    expect(existsSync(join(fresh, 'content'))).toBe(false);
  });

  test('backlog-md: a valid content folder with its settings, assets and a summary of what was mapped and left out', () => {
    const work = workFolder();
    const result = importIn(work, ['backlog-md', 'sources/backlog-md']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Imported from Backlog\.md \(sources\/backlog-md\) into content\/: 5 stories, 1 phase \(from milestones\), 0 epics\./,
    );
    expect(result.stdout).toContain('created project.yaml, views/public.yaml, views/client.yaml, views/team.yaml');
    expect(result.stdout).toContain('Visibility: everything imported is "internal"');
    expect(result.stdout).toContain('  In QA            → in-review    1  by its name');
    expect(result.stdout).toContain('  TASK-9 "Old paper prototype": archived');
    expect(result.stdout).toContain('  TASK-2 → TASK-9: archived, not imported: dependency left out');
    expect(result.stdout).toMatch(/✓ check: Parcelle field app: 3 views, 1 phase, 0 epics, 0 stakeholders, 5 stories\. No problems\.\n$/);
    expect(read(work, 'content/stories/TASK-1.md')).toContain('![Parcel map](../assets/paste/plot-map.png)');
    expect(readFileSync(join(work, 'content/assets/paste/plot-map.png'))).toEqual(
      readFileSync(join(sources, 'backlog-md/backlog/assets/paste/plot-map.png')),
    );
    expect(read(work, 'content/stories/TASK-3.md')).toContain('status: done');
    expect(read(work, 'content/stories/DRAFT-1.md')).toContain('status: draft');
    expect(existsSync(join(work, 'content/stories/TASK-9.md'))).toBe(false);

    const archived = importIn(workFolder(), ['backlog-md', 'sources/backlog-md', '--include-archived']);
    expect(archived.status).toBe(0);
    expect(archived.stdout).toContain('6 stories');
  });

  test('jira --update: source changes come in, hand edits and :::blocks stay, a story gone at the source is kept and said', () => {
    const work = workFolder();
    expect(importIn(work, ['jira', 'sources/jira/export.csv']).status).toBe(0);
    const story = 'content/stories/PROJ-432.md';
    writeFileSync(
      join(work, story),
      `${read(work, story).replace('priority: should', 'priority: could').replace('title: Sync engine', 'title: Sync engine\nas: farmer')}\n:::internal\nVendor quote pending.\n:::\n`,
    );
    const again = importIn(work, ['jira', 'sources/jira/export.csv']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content already holds an import from jira; nothing was written');

    const csv = read(work, 'sources/jira/export.csv')
      .replace('Sync engine,PROJ-432,10432,Task,To Do,To Do,Medium', 'Sync engine,PROJ-432,10432,Task,In Progress,In Progress,High')
      .replace(/^Print the register.*\r\n/m, '');
    writeFileSync(join(work, 'sources/jira/export.csv'), csv);
    const update = importIn(work, ['jira', 'sources/jira/export.csv', '--update', '--status', 'In Progress=in-review']);
    expect(update.stderr).toBe('');
    expect(update.status).toBe(0);
    expect(update.stdout).toContain('  updated content/stories/PROJ-432.md: status');
    expect(update.stdout).toContain('  kept your edit of priority in content/stories/PROJ-432.md (the source changed it too)');
    expect(update.stdout).toContain(
      '  PROJ-435 is no longer at the source: content/stories/PROJ-435.md was kept; delete it if it should go',
    );
    expect(update.stdout).toContain('✓ check: Parcelle: 3 views, 2 phases, 1 epic, 0 stakeholders, 5 stories. No problems.');
    const updated = read(work, story);
    expect(updated).toContain('status: in-review\n');
    expect(updated).toContain('priority: could\n');
    expect(updated).toContain('as: farmer\n');
    expect(updated).toMatch(/:::internal\nVendor quote pending\.\n:::\n$/);
  });

  test('github: fail closed, an import publishes nothing on the public site', () => {
    const work = workFolder();
    const result = importIn(work, ['github', 'sources/github/issues.json', '--priority', 'priority: high=must']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  priority: high       → must    1  your option');
    const build = runScript('build', ['--view', 'public', '--content', 'content', '--out', 'dist'], { cwd: work });
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    const site = readSiteFiles(join(work, 'dist', 'public'));
    expect([...site.keys()].filter((path) => path.startsWith('stories/'))).toEqual([]);
    expect(findInFiles(site, ['Offline map tiles', 'Export to the register', 'GH-57', 'GH-58', 'gh-60', 'Pilot season'])).toEqual({});
    expect(site.get('index.html')).toContain('<html');
  });

  test('unreadable input is one message at its file and line, and nothing is written', () => {
    const work = workFolder();
    writeFileSync(join(work, 'bad.csv'), 'Issue key,Summary,Description\nPROJ-1,Fine,ok\nPROJ-2,Cut,"never\nclosed\n');
    const csv = importIn(work, ['jira', 'bad.csv']);
    expect(csv.status).toBe(1);
    expect(csv.stderr).toBe(
      'bad.csv:3  a quoted cell is never closed; nothing was written\n    hint      export the issues again from Jira (Export → CSV, all fields), without editing the file\n',
    );
    writeFileSync(join(work, 'bad.json'), '{"number": 1}');
    expect(importIn(work, ['github', 'bad.json']).stderr).toMatch(/^bad\.json:1 {2}expected a JSON array of issues; nothing was written\n/);
    mkdirSync(join(work, 'empty'));
    expect(importIn(work, ['backlog-md', 'empty']).stderr).toMatch(
      /^empty {2}no backlog\/ folder with tasks\/ or config\.yml here; nothing was written\n/,
    );
    expect(importIn(work, ['jira', 'missing.csv']).stderr).toMatch(/^missing\.csv {2}there is no such file; nothing was written\n/);
    expect(existsSync(join(work, 'content'))).toBe(false);
  });

  test('into an existing backlog, never over a file that no import wrote', () => {
    const work = contentWithScenario();
    cpSync(sources, join(work, 'sources'), { recursive: true });
    writeFileSync(join(work, 'content/stories/GH-57.md'), '---\ntitle: Ours\nstatus: ready\npriority: must\n---\n');
    const refused = importIn(work, ['github', 'sources/github/issues.json']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'nothing was written: these files are already there, and no import wrote them\n  content/stories/GH-57.md\n',
    );
    expect(existsSync(join(work, 'content/stories/GH-58.md'))).toBe(false);
    rmSync(join(work, 'content/stories/GH-57.md'));
    const added = importIn(work, ['github', 'sources/github/issues.json']);
    expect(added.status).toBe(0);
    expect(added.stdout).not.toContain('created project.yaml');
  });

  test('mistakes in the command are one line and exit code 2', () => {
    const work = workFolder();
    for (const [args, message] of [
      [[], 'say what to import: backlog-md DIR, jira EXPORT.csv, github ISSUES.json'],
      [['svn', 'x'], 'there is no source "svn"'],
      [['jira', 'sources/jira/export.csv', '--status', 'In QA'], '--status "In QA" is not written FROM=TO'],
      [['jira', 'sources/jira/export.csv', '--status', 'In QA=qa'], '"qa" is not a status of the workflow'],
      [['jira', 'sources/jira/export.csv', '--priority', 'Highest=urgent'], '"urgent" is not a MoSCoW priority'],
      [['jira', 'sources/jira/export.csv', '--visibility', 'label:x=everyone'], '"everyone" is not a visibility level'],
      [['github', 'sources/github/issues.json', '--phases', 'sprint'], '--phases applies to import jira only'],
    ] as const) {
      const result = importIn(work, [...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^backlog-docs import: .* \(see "backlog-docs import --help"\)\n$/);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(join(work, 'content'))).toBe(false);
  });
});
