import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentWithScenario, fixturesDir } from '../../helpers/fixture-content.ts';
import { commitMessageCanary, createContentRepository, type ContentRepository } from '../../helpers/git-repo.ts';
import { runScript } from '../../helpers/run-script.ts';

const diff = (repository: ContentRepository, args: string[]) =>
  runScript('diff', ['--content', 'content', ...args], { cwd: repository.work });

// Canaries of everything the client site must not show (see test/fixtures/leaks), and new ones.
const hiddenFromClient = ['CANARY', 'SECRET', 'secret', 'LK-4', commitMessageCanary];

describe('npm run diff against a throwaway repository', () => {
  let repository: ContentRepository;
  let base: string;
  let head: string;

  beforeAll(() => {
    repository = createContentRepository(join(fixturesDir, 'leaks'));
    base = repository.commit('2026-01-10', 'base');
    // A commit with one change of each kind the client may see, and changes of hidden content.
    repository.edit('stories/LK-3.md', 'status: ready', 'status: in-progress');
    repository.edit('stories/LK-1.md', 'priority: must', 'priority: should');
    repository.edit(
      'stories/LK-1.md',
      'estimate: { points: 777, personDays: 3, cost: 31337 }',
      'estimate: { points: 780, personDays: 3, cost: 30000 }',
    );
    repository.edit('stories/LK-1.md', '  - Shows the phases\n', '  - { text: Shows the phases, done: true }\n  - Works offline\n');
    repository.edit(
      'stories/LK-1.md',
      'feedback:\n',
      'feedback:\n  - { date: 2026-02-10, from: board, text: Looks good, visibility: client }\n',
    );
    repository.edit('phases/open.md', 'end: 2026-03-27', 'end: 2026-04-10');
    repository.edit('phases/open.md', 'date: 2026-03-20', 'date: 2026-04-03');
    repository.move('stories/LK-2.md', 'stories/shipped/LK-2.md');
    repository.move('stories/field.svg', 'stories/shipped/field.svg');
    repository.write(
      'stories/LK-5.md',
      '---\ntitle: A new public story\nstatus: draft\npriority: could\nphase: open\nvisibility: public\n---\n',
    );
    repository.edit('stories/secret/SECRETSTORY-1.md', 'title: CANARY_HIDDEN_STORY_TITLE', 'title: CANARY_RENAMED_HIDDEN_TITLE');
    repository.edit('stories/secret/SECRETSTORY-1.md', 'status: ready', 'status: done');
    repository.write(
      'stories/secret/SECRETSTORY-2.md',
      '---\ntitle: CANARY_NEW_HIDDEN_STORY\nstatus: draft\npriority: must\nphase: secret\nestimate: { cost: 99999 }\n---\n',
    );
    repository.remove('stories/LK-4.md');
    repository.edit('phases/secret.md', 'end: 2026-05-29', 'end: 2026-06-30');
    repository.edit('phases/open.md', 'date: 2026-03-10, visibility: internal', 'date: 2026-03-12, visibility: internal');
    repository.edit('stories/LK-1.md', 'CANARY_INTERNAL_BLOCK', 'CANARY_EDITED_INTERNAL_BLOCK');
    repository.edit(
      'stories/LK-1.md',
      'feedback:\n',
      'feedback:\n  - { date: 2026-02-11, from: secret-vendor, text: CANARY_NEW_HIDDEN_FEEDBACK, visibility: internal }\n',
    );
    head = repository.commit('2026-01-20', 'head');
  });

  test('reports each kind of change, between two commits', () => {
    const { status, stdout, stderr } = diff(repository, ['--base', base, '--head', head]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    for (const line of [
      '- **LK-5** A new public story · could · draft · phase “Open phase”',
      '- **LK-4** Unmarked story CANARY\\_UNMARKED\\_STORY',
      '  - status: ready → **in-progress**',
      '  - priority: must → should',
      '  - estimate: 777 → 780 points (+3) · cost €31,337 → €30,000 (−€1,337)',
      '  - acceptance ticked: “Shows the phases”',
      '  - acceptance added: “Works offline”',
      '  - new feedback from board (2026-02-10): “Looks good”',
      '  - file moved: `content/stories/LK-2.md` → `content/stories/shipped/LK-2.md`',
      '  - end: 2026-03-27 → 2026-04-10 (+14 days)',
      '  - milestone “Public launch”: 2026-03-20 → 2026-04-03 (+14 days)',
      '| Open phase | 777 → 780 (+3) |  | €31,337 → €30,000 (−€1,337) |',
      '- **client** · Client site: +1 story, 2 stories changed, 1 status change, 1 phase changed, roadmap changed',
      '<summary>Roadmap before and after</summary>',
    ]) {
      expect(stdout).toContain(line);
    }
    expect(stdout).toMatch(/\*\*Before\*\*\n\n```mermaid\ngantt\n/);
    expect(stdout).not.toContain(commitMessageCanary);
  });

  test('the head defaults to the working tree', () => {
    repository.edit('stories/LK-5.md', 'status: draft', 'status: ready');
    try {
      const { status, stdout } = diff(repository, ['--base', head]);
      expect(status).toBe(0);
      expect(stdout).toContain('with the working tree.');
      expect(stdout).toContain('**Stories:** 1 changed (1 status change)');
      expect(stdout).toContain('  - status: draft → **ready**');
    } finally {
      repository.edit('stories/LK-5.md', 'status: ready', 'status: draft');
    }
  });

  test.each([['client'], ['public'], ['board-only']])('--view %s never mentions what that view does not show', (view) => {
    for (const format of ['markdown', 'json']) {
      const { status, stdout } = diff(repository, ['--base', base, '--head', head, '--view', view, '--format', format]);
      expect(status).toBe(0);
      for (const canary of hiddenFromClient) expect(stdout, `${view} ${format}`).not.toContain(canary);
    }
  });

  test('--view client still reports what the client sees', () => {
    const { stdout } = diff(repository, ['--base', base, '--head', head, '--view', 'client']);
    expect(stdout).toContain('Only what the **Client site** site (`client`) can see is compared');
    expect(stdout).toContain('  - status: ready → **in-progress**');
    expect(stdout).toContain('**On this site:** +1 story, 2 stories changed, 1 status change, 1 phase changed, roadmap changed');
    // The public view shows no costs: the same change reads without them.
    const publicReport = diff(repository, ['--base', base, '--head', head, '--view', 'public']).stdout;
    expect(publicReport).not.toContain('€');
    expect(publicReport).not.toContain('Looks good');
  });

  test('JSON output has the documented shape', () => {
    const { status, stdout } = diff(repository, ['--base', base, '--head', head, '--format', 'json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      format: 'backlog-docs-diff',
      version: 1,
      base: { ref: base, commit: base },
      head: { ref: head, commit: head },
      view: null,
      problems: [],
    });
    expect(json.summary.stories).toEqual({ added: 2, removed: 1, changed: 4, renamed: 0, moved: 1, statusChanges: 2 });
    expect(json.diff.stories.changed.find((story: { id: string }) => story.id === 'LK-2').moved).toEqual({
      from: 'content/stories/LK-2.md',
      to: 'content/stories/shipped/LK-2.md',
    });
  });

  test('a malformed head is reported, with exit 1, not crashed on', () => {
    repository.write('stories/LK-9.md', '---\ntitle: Broken\nstauts: done\npriority: must\n---\n');
    try {
      for (const format of ['markdown', 'json']) {
        const { status, stdout, stderr } = diff(repository, ['--base', base, '--format', format]);
        expect(status).toBe(1);
        expect(stdout + stderr).not.toMatch(/\n\s+at /);
        expect(stdout).toContain(
          format === 'json' ? '"file": "content/stories/LK-9.md"' : 'content/stories/LK-9.md:3:1  stauts  unknown key "stauts"',
        );
      }
    } finally {
      repository.remove('stories/LK-9.md');
    }
  });

  test('a working tree that check refuses for its bodies gets its problems, not a diff', () => {
    repository.write('stories/LK-9.md', '---\ntitle: A typo in a block\nstatus: done\npriority: must\n---\n:::interal\nhidden note\n:::\n');
    try {
      const { status, stdout } = diff(repository, ['--base', base]);
      expect(status).toBe(1);
      expect(stdout).toContain('content/stories/LK-9.md:6:1  ":::interal" is not a visibility level');
    } finally {
      repository.remove('stories/LK-9.md');
    }
  });

  test('a base without the content folder makes everything new', () => {
    const empty = repository.git([
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@example.com',
      'commit-tree',
      '-m',
      'empty',
      repository.git(['mktree']),
    ]);
    const { status, stdout } = diff(repository, ['--base', empty, '--head', head]);
    expect(status).toBe(0);
    expect(stdout).toContain(`> There is no content folder at ${empty}: everything is new.`);
    expect(stdout).toContain('**Stories:** 6 added');
  });

  test('mistakes in the command are usage errors, exit 2', () => {
    const cases: [string[], string][] = [
      [[], 'the base revision is missing'],
      [['--base', 'no-such-branch'], 'the base "no-such-branch" names no commit here'],
      [['--base', base, '--head', 'nope'], 'the head "nope" names no commit here'],
      [['--base', base, '--view', 'nope'], 'there is no view "nope"; the views are board-only, client, public, team'],
      [['--base', base, '--format', 'html'], 'unknown format "html"'],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = diff(repository, args);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).toMatch(/^backlog-docs diff: .* \(see "backlog-docs diff --help"\)\n$/);
    }
    const outside = runScript('diff', ['--base', 'main', '--content', 'content'], { cwd: contentWithScenario() });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('"content" is not a folder of a git repository');
  });
});
