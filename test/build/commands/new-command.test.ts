import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { slugIdOf } from '../../../src/scaffold/slug-id.ts';
import { nextStoryId } from '../../../src/scaffold/story-template.ts';
import { hashTree } from '../../helpers/built-files.ts';
import { contentWithScenario, fixturesDir } from '../../helpers/fixture-content.ts';
import { createContentRepository } from '../../helpers/git-repo.ts';
import { projectRoot, runScript } from '../../helpers/run-script.ts';

/** A working folder whose content/ is a copy of the leak fixture. */
const leaks = () => createContentRepository(join(fixturesDir, 'leaks')).work;

describe('backlog-docs new story', () => {
  test('npm --prefix on this repository writes into the folder it was typed in, never this repository', () => {
    const work = contentWithScenario();
    const before = hashTree(join(projectRoot, 'content'));
    const result = spawnSync(
      'npm',
      ['--prefix', projectRoot, 'run', '--silent', 'new', '--', 'story', 'From elsewhere', '--content', 'content'],
      { cwd: work, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('content/stories/ST-3.md');
    expect(existsSync(join(work, 'content', 'stories', 'ST-3.md'))).toBe(true);
    expect(hashTree(join(projectRoot, 'content'))).toEqual(before);
  });

  test('writes a valid story with the next free id and every field as a comment, and prints its path', () => {
    const work = leaks();
    const first = runScript('new', ['story', 'Print the register: "draft" #1', '--phase', 'OPEN', '--epic', 'open-epic'], { cwd: work });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('content/stories/LK-5.md\n');
    const text = readFileSync(join(work, 'content/stories/LK-5.md'), 'utf8');
    expect(text).toMatchSnapshot();
    expect(runScript('check', ['--content', 'content'], { cwd: work }).status).toBe(0);

    const second = runScript('new', ['story', 'Another'], { cwd: work });
    expect(second.stdout).toBe('content/stories/LK-6.md\n');
    expect(readFileSync(join(work, 'content/stories/LK-6.md'), 'utf8')).toContain('# phase: open ');
  });

  test('a story of an epic goes in the folder of that epic when there is one', () => {
    const work = leaks();
    expect(runScript('new', ['story', 'Hidden work', '--epic', 'secret-epic'], { cwd: work }).stdout).toBe('content/stories/LK-5.md\n');
    mkdirSync(join(work, 'content/stories/open-epic'));
    expect(runScript('new', ['story', 'Grouped', '--epic', 'open-epic'], { cwd: work }).stdout).toBe('content/stories/open-epic/LK-6.md\n');
  });

  test('unknown references and mistakes in the command are told, not crashed on', () => {
    const work = leaks();
    const unknownPhase = runScript('new', ['story', 'X', '--phase', 'nope'], { cwd: work });
    expect(unknownPhase.status).toBe(1);
    expect(unknownPhase.stderr).toBe('there is no phase "nope"\n    hint      use one of open, secret\n');
    for (const args of [['saga', 'X'], ['story'], ['story', 'two', 'words']]) {
      const result = runScript('new', args, { cwd: work });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^backlog-docs new: .* \(see "backlog-docs new --help"\)\n$/);
    }
  });

  test('the next id follows the highest number of the prefix, ignoring case and other ids', () => {
    expect(nextStoryId([], 'ST')).toBe('ST-1');
    expect(nextStoryId(['PAR-2', 'par-10', 'PAR-9', 'SPIKE-40', 'PAR-x'], 'PAR')).toBe('PAR-11');
  });
});

describe('backlog-docs new phase|epic|stakeholder|view', () => {
  test.each([
    ['phase', 'Field trials 2027', 'content/phases/field-trials-2027.md', '2 phases'],
    ['epic', 'Spraying register', 'content/epics/spraying-register.md', '2 epics'],
    ['stakeholder', 'Pilot farms', 'content/stakeholders/pilot-farms.yaml', '2 stakeholders'],
    ['view', 'Board roadmap', 'content/views/board-roadmap.yaml', '2 views'],
  ])('new %s writes a valid file named after the title, every field as a comment', (kind, title, path, count) => {
    const work = contentWithScenario();
    const result = runScript('new', [kind, title], { cwd: work });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${path}\n`);
    expect(readFileSync(join(work, path), 'utf8')).toMatchSnapshot();
    const check = runScript('check', [], { cwd: work });
    expect(check.stdout).toContain(count);
    expect(check.status).toBe(0);
  });

  test('the commented lines hold valid values: with every one of them uncommented, the files still pass check', () => {
    const work = contentWithScenario();
    const paths = [
      ['story', 'Every field'],
      ['phase', 'Every field'],
      ['epic', 'Every field'],
      ['stakeholder', 'Every field'],
      ['view', 'Every field'],
    ].map((args) => runScript('new', args, { cwd: work }).stdout.trim());
    for (const path of paths) {
      const text = readFileSync(join(work, path), 'utf8');
      writeFileSync(join(work, path), text.replace(/^# /gm, '').replaceAll('YYYY-MM-DD', '2026-05-04'));
    }
    const check = runScript('check', [], { cwd: work });
    expect(check.stdout).toContain('2 views, 2 phases, 2 epics, 2 stakeholders, 3 stories');
    expect(check.status).toBe(0);
  });

  test('a new phase comes last on the roadmap: its order is the highest plus one', () => {
    const work = contentWithScenario();
    expect(runScript('new', ['phase', 'Second'], { cwd: work }).status).toBe(0);
    expect(runScript('new', ['phase', 'Third'], { cwd: work }).status).toBe(0);
    expect(readFileSync(join(work, 'content/phases/second.md'), 'utf8')).toMatch(/^order: 2 /m);
    expect(readFileSync(join(work, 'content/phases/third.md'), 'utf8')).toMatch(/^order: 3 /m);
    expect(runScript('check', [], { cwd: work }).status).toBe(0);
  });

  test('an id that exists is refused, ignoring case, and nothing is written', () => {
    const work = contentWithScenario();
    const before = hashTree(work);
    const phase = runScript('new', ['phase', 'P1'], { cwd: work });
    expect(phase.status).toBe(1);
    expect(phase.stderr).toBe(
      'there is already a phase "p1": content/phases/p1.md\n    hint      give the new one another title, or edit that file\n',
    );
    const view = runScript('new', ['view', 'TEAM'], { cwd: work });
    expect(view.status).toBe(1);
    expect(view.stderr).toMatch(/^there is already a view "team": content\/views\/team\.yaml\n/);
    expect(hashTree(work)).toEqual(before);
  });

  test('a title with no letter a-z or digit gives no id, and is told', () => {
    const result = runScript('new', ['epic', '« ! »'], { cwd: contentWithScenario() });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^the title "« ! »" gives no id\n {4}hint/);
  });

  test('--phase and --epic apply to stories only: a usage mistake on the other kinds', () => {
    const work = contentWithScenario();
    for (const args of [
      ['epic', 'Grouping', '--phase', 'p1'],
      ['phase', 'Later', '--epic', 'e1'],
      ['view', 'Board', '--phase', 'p1'],
    ]) {
      const result = runScript('new', args, { cwd: work });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^backlog-docs new: --(phase|epic) applies to new stories only \(see "backlog-docs new --help"\)\n$/);
    }
    expect(existsSync(join(work, 'content/epics/grouping.md'))).toBe(false);
  });
});

describe('backlog-docs new writes into the user’s content folder', () => {
  test('--content is relative to the current folder, never to the package', () => {
    const packageContent = hashTree(join(projectRoot, 'content'));
    const work = contentWithScenario();
    renameSync(join(work, 'content'), join(work, 'backlog'));
    mkdirSync(join(work, 'notes'));
    const story = runScript('new', ['story', 'Export the register', '--content', '../backlog'], { cwd: join(work, 'notes') });
    expect(story.stdout).toBe('../backlog/stories/ST-3.md\n');
    const view = runScript('new', ['view', 'Board', '--content', 'backlog'], { cwd: work });
    expect(view.stdout).toBe('backlog/views/board.yaml\n');
    expect(existsSync(join(work, 'backlog/stories/ST-3.md'))).toBe(true);
    expect(existsSync(join(work, 'backlog/views/board.yaml'))).toBe(true);

    // A folder without a backlog: told so, and the package's own example is left alone.
    const elsewhere = runScript('new', ['phase', 'Anything'], { cwd: join(work, 'notes') });
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stderr).toBe(
      'there is no project.yaml in "content"\n    hint      pass the folder that holds project.yaml with --content DIR, or start a backlog with backlog-docs init\n',
    );
    expect(hashTree(join(projectRoot, 'content'))).toEqual(packageContent);
  });
});

describe('ids from titles', () => {
  test('are lower-case a-z, digits and single dashes, without accents', () => {
    expect(slugIdOf('Field trials — Été 2027!')).toBe('field-trials-ete-2027');
    expect(slugIdOf('  --Équipe  Terrain-- ')).toBe('equipe-terrain');
    expect(slugIdOf('日本')).toBe('');
  });
});
