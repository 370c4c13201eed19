import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nextStoryId } from '../../src/scaffold/story-template.ts';
import { fixturesDir } from '../helpers/fixture-content.ts';
import { createContentRepository } from '../helpers/git-repo.ts';
import { runScript } from '../helpers/run-script.ts';

/** A working folder whose content/ is a copy of the leak fixture. */
const leaks = () => createContentRepository(join(fixturesDir, 'leaks')).work;

describe('npm run new', () => {
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
    for (const args of [['epic', 'X'], ['story'], ['story', 'two', 'words']]) {
      const result = runScript('new', args, { cwd: work });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('usage: npm run new -- story "Title"');
    }
  });

  test('the next id follows the highest number of the prefix, ignoring case and other ids', () => {
    expect(nextStoryId([], 'ST')).toBe('ST-1');
    expect(nextStoryId(['PAR-2', 'par-10', 'PAR-9', 'SPIKE-40', 'PAR-x'], 'PAR')).toBe('PAR-11');
  });
});
