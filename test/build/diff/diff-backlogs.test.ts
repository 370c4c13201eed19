import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { BacklogDiff, StoryChange } from '../../../src/diff/backlog-diff.ts';
import { diffBacklogs } from '../../../src/diff/diff-backlogs.ts';
import type { Backlog } from '../../../src/model/backlog.ts';
import { loadBacklog } from '../../../src/loading/load-backlog.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { createContentRepository, type ContentRepository } from '../../helpers/git-repo.ts';

/** The leak fixture before and after `edit`, loaded as the diff command loads them (no git dates). */
function compare(edit: (content: ContentRepository) => void, view?: string): BacklogDiff {
  const content = createContentRepository(join(fixturesDir, 'leaks'));
  const load = (): Backlog => {
    const { backlog, problems } = loadBacklog(content.content, { cwd: content.work });
    expect(problems).toEqual([]);
    return backlog!;
  };
  const base = load();
  edit(content);
  return diffBacklogs(base, load(), { view });
}

const changed = (diff: BacklogDiff, id: string): StoryChange | undefined => diff.stories.changed.find((story) => story.id === id);
const view = (diff: BacklogDiff, id: string) => diff.views.find((candidate) => candidate.id === id)!;

describe('the semantic diff of two backlogs', () => {
  test('an unchanged backlog has no difference', () => {
    const diff = compare(() => {});
    expect(diff.stories).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.phases.changed).toEqual([]);
    expect(diff.totals).toEqual([]);
    expect(diff.views.map((site) => site.state)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  test('reports stories added and removed, with their status, priority and phase', () => {
    const diff = compare((content) => {
      content.write('stories/LK-5.md', '---\ntitle: New story\nstatus: draft\npriority: should\nphase: open\nvisibility: public\n---\n');
      content.remove('stories/LK-3.md');
    });
    expect(diff.stories.added).toEqual([
      { id: 'LK-5', title: 'New story', status: 'draft', priority: 'should', phase: { id: 'open', title: 'Open phase' } },
    ]);
    expect(diff.stories.removed).toEqual([
      { id: 'LK-3', title: 'Client story CLIENT_STORY_OK', status: 'ready', priority: 'could', phase: { id: 'open', title: 'Open phase' } },
    ]);
  });

  test('status, priority, rank, phase and epic changes go from one value to the other', () => {
    const diff = compare((content) => {
      content.edit('stories/LK-1.md', 'status: in-progress', 'status: done');
      content.edit('stories/LK-1.md', 'priority: must', 'priority: should');
      content.edit('stories/LK-1.md', 'rank: 1', 'rank: 4');
      content.edit('stories/LK-1.md', 'phase: open', 'phase: secret');
      content.edit('stories/LK-1.md', 'epic: open-epic', 'epic: secret-epic');
    });
    expect(changed(diff, 'LK-1')!.changes).toEqual([
      { field: 'status', from: 'in-progress', to: 'done' },
      { field: 'priority', from: 'must', to: 'should' },
      { field: 'rank', from: 1, to: 4 },
      { field: 'phase', from: { id: 'open', title: 'Open phase' }, to: { id: 'secret', title: 'CANARY_HIDDEN_PHASE' } },
      { field: 'epic', from: { id: 'open-epic', title: 'Open epic' }, to: { id: 'secret-epic', title: 'CANARY_HIDDEN_EPIC' } },
    ]);
  });

  test('estimate and cost changes, and the totals of each phase they change', () => {
    const diff = compare((content) =>
      content.edit(
        'stories/LK-1.md',
        'estimate: { points: 777, personDays: 3, cost: 31337 }',
        'estimate: { points: 780, personDays: 3, cost: 30000 }',
      ),
    );
    expect(changed(diff, 'LK-1')!.changes).toEqual([
      { field: 'estimate.points', from: 777, to: 780 },
      { field: 'estimate.cost', from: 31337, to: 30000 },
    ]);
    expect(diff.totals).toEqual([
      { phase: { id: 'open', title: 'Open phase' }, points: { from: 777, to: 780 }, cost: { from: 31337, to: 30000 } },
    ]);
  });

  test('acceptance criteria added, removed and ticked, and new feedback', () => {
    const diff = compare((content) => {
      content.edit('stories/LK-1.md', '  - Shows the phases\n', '  - { text: Shows the phases, done: true }\n  - Works offline\n');
      content.edit('stories/LK-1.md', '  - { text: Shows the stories, done: true }\n', '');
      content.edit(
        'stories/LK-1.md',
        'feedback:\n',
        'feedback:\n  - { date: 2026-02-10, from: board, text: Looks good, visibility: public }\n',
      );
    });
    expect(changed(diff, 'LK-1')!.changes).toEqual([
      { field: 'acceptance', added: ['Works offline'], removed: ['Shows the stories'], ticked: ['Shows the phases'], unticked: [] },
      { field: 'feedback', added: [{ date: '2026-02-10', from: 'board', text: 'Looks good' }], removed: 0 },
    ]);
  });

  test('a file moved with the same id is a move, not a removal and an addition', () => {
    const diff = compare((content) => content.move('stories/LK-3.md', 'stories/client/LK-3.md'));
    expect(diff.stories.added).toEqual([]);
    expect(diff.stories.removed).toEqual([]);
    expect(diff.stories.changed).toEqual([
      {
        id: 'LK-3',
        title: 'Client story CLIENT_STORY_OK',
        changes: [],
        moved: { from: 'content/stories/LK-3.md', to: 'content/stories/client/LK-3.md' },
      },
    ]);
  });

  test('a file renamed to a new id, keeping its title, is a rename', () => {
    const diff = compare((content) => content.move('stories/LK-3.md', 'stories/LK-30.md'));
    expect(diff.stories.added).toEqual([]);
    expect(diff.stories.removed).toEqual([]);
    expect(changed(diff, 'LK-30')).toMatchObject({ renamedFrom: 'LK-3', changes: [] });
  });

  test('phase date shifts in days, budget changes and moved milestones', () => {
    const diff = compare((content) => {
      content.edit('phases/open.md', 'end: 2026-03-27', 'end: 2026-04-10');
      content.edit('phases/open.md', 'budget: { personDays: 42, cost: 27311 }', 'budget: { personDays: 50, cost: 27311 }');
      content.edit('phases/open.md', 'date: 2026-03-20', 'date: 2026-04-03');
    });
    expect(diff.phases.changed).toEqual([
      {
        id: 'open',
        title: 'Open phase',
        changes: [
          { field: 'end', from: '2026-03-27', to: '2026-04-10', days: 14 },
          { field: 'budget.personDays', from: 42, to: 50 },
          {
            field: 'milestones',
            added: [],
            removed: [],
            moved: [{ title: 'Public launch', date: '2026-04-03', from: '2026-03-20', days: 14 }],
          },
        ],
      },
    ]);
    expect(diff.roadmap.before).toContain('#80;ublic launch :milestone, p0m2, 2026-03-20, 0d');
    expect(diff.roadmap.after).toContain('#80;ublic launch :milestone, p0m2, 2026-04-03, 0d');
  });

  test("a phase's team and technical means, changed", () => {
    const diff = compare((content) => {
      content.edit('phases/open.md', 'personDays: 6173 }', 'personDays: 6 }');
      content.edit('phases/open.md', '  - { stakeholder: pilots, role: Tries the app CLIENT_TEAM_ROLE_OK, personDays: 7 }\n', '');
      content.edit('phases/open.md', 'resources:\n', 'resources:\n  - Test phones\n');
    }, 'client');
    expect(diff.phases.changed[0].changes).toEqual([
      {
        field: 'team',
        added: [],
        removed: [{ stakeholder: { id: 'pilots', title: 'Pilot farmers' }, role: 'Tries the app CLIENT_TEAM_ROLE_OK', personDays: 7 }],
        changed: [
          {
            stakeholder: { id: 'board', title: 'The board' },
            role: 'Signs off TEAM_ROLE_PUBLIC_OK',
            personDays: 6,
            from: { role: 'Signs off TEAM_ROLE_PUBLIC_OK', personDays: 6173 },
          },
        ],
      },
      { field: 'resources', added: ['Test phones'], removed: [] },
    ]);
  });

  test('a phase going over its budget, or back within it, on what each view counts', () => {
    const overspend = (content: ContentRepository) =>
      content.edit('stories/LK-1.md', 'personDays: 3, cost: 31337', 'personDays: 45, cost: 20000');
    expect(compare(overspend, 'client').budgets).toEqual([
      { phase: { id: 'open', title: 'Open phase' }, measure: 'personDays', state: 'over', estimated: 45, budget: 42 },
      { phase: { id: 'open', title: 'Open phase' }, measure: 'cost', state: 'within', estimated: 20000, budget: 27311 },
    ]);
    // The public site shows no estimates: nothing to cross.
    expect(compare(overspend, 'public').budgets).toEqual([]);
  });

  test("the roadmap before and after is the site's gantt: epics in their phase, no today marker", () => {
    const diff = compare((content) => content.edit('epics/open-epic.md', 'title: Open epic', 'title: Opening epic'), 'public');
    expect(diff.roadmap.before).toContain('    #79;pen epic :');
    expect(diff.roadmap.after).toContain('    #79;pening epic :');
    expect(diff.roadmap.after).toContain('  todayMarker off');
    expect(diff.roadmap.after).not.toContain(':vert');
    expect(diff.roadmap.after).not.toContain('CANARY');
    expect(view(diff, 'public')).toMatchObject({ roadmapChanged: true });
  });

  test('says what changes on each site', () => {
    const diff = compare((content) => {
      content.edit('stories/LK-3.md', 'status: ready', 'status: in-progress');
      content.write('stories/LK-5.md', '---\ntitle: New story\nstatus: draft\npriority: should\nvisibility: public\n---\n');
    });
    expect(view(diff, 'public')).toMatchObject({
      state: 'changed',
      stories: { added: 1, removed: 0, changed: 0, statusChanges: 0 },
      roadmapChanged: false,
    });
    expect(view(diff, 'client')).toMatchObject({ state: 'changed', stories: { added: 1, removed: 0, changed: 1, statusChanges: 1 } });
    // The board's view keeps only the board's stories: LK-3 concerns the pilots.
    expect(view(diff, 'board-only')).toMatchObject({ stories: { added: 0, changed: 0 } });
  });
});

describe('visibility changes are called out', () => {
  test('content that a site did not show and now shows', () => {
    const diff = compare((content) => {
      content.edit('stories/LK-4.md', 'phase: open', 'phase: open\nvisibility: client');
      content.edit('phases/open.md', 'date: 2026-03-10, visibility: internal', 'date: 2026-03-10, visibility: client');
      content.edit('stories/LK-1.md', 'CANARY_HIDDEN_FEEDBACK, visibility: internal', 'CANARY_HIDDEN_FEEDBACK, visibility: client');
    });
    expect(changed(diff, 'LK-4')!.changes).toEqual([{ field: 'visibility', from: 'internal', to: 'client' }]);
    expect(view(diff, 'client').nowVisible).toEqual([
      { kind: 'story', id: 'LK-4', title: 'Unmarked story CANARY_UNMARKED_STORY' },
      { kind: 'milestone', id: 'open', title: 'CANARY_HIDDEN_MILESTONE' },
      { kind: 'feedback', id: 'LK-1', title: 'Public story with <b>ESCAPED_TITLE_OK</b> & more' },
    ]);
    expect(view(diff, 'public').nowVisible).toEqual([]);
    expect(view(diff, 'team').nowVisible).toEqual([]);
  });

  test('a restricted block opened to a site, and content a site no longer shows', () => {
    const diff = compare((content) => {
      content.edit('stories/LK-1.md', ':::internal\nCANARY_INTERNAL_BLOCK', ':::client\nCANARY_INTERNAL_BLOCK');
      content.edit('stories/LK-3.md', 'visibility: client', 'visibility: internal');
    });
    expect(view(diff, 'client').nowVisible).toEqual([
      { kind: 'text', id: 'LK-1', title: 'Public story with <b>ESCAPED_TITLE_OK</b> & more' },
    ]);
    expect(view(diff, 'client').noLongerVisible).toEqual([{ kind: 'story', id: 'LK-3', title: 'Client story CLIENT_STORY_OK' }]);
  });

  test('a new view is a new site', () => {
    const diff = compare((content) => content.write('views/sponsor.yaml', 'title: Sponsor\nlevel: public\n'));
    expect(view(diff, 'sponsor')).toMatchObject({ state: 'added', stories: { added: 2 }, nowVisible: [] });
  });

  test('a view file that shows more', () => {
    const diff = compare((content) => content.edit('views/client.yaml', 'feedback: true }', 'feedback: true, owners: true }'));
    expect(view(diff, 'client').definition).toEqual([{ field: 'show.owners', from: false, to: true }]);
    expect(view(diff, 'client').state).toBe('changed');
  });
});

describe('a diff for one view', () => {
  // Changes to everything the client does not see, and one it does.
  const hiddenEdits = (content: ContentRepository) => {
    content.edit('stories/secret/SECRETSTORY-1.md', 'title: CANARY_HIDDEN_STORY_TITLE', 'title: CANARY_RENAMED_HIDDEN_TITLE');
    content.edit('stories/secret/SECRETSTORY-1.md', 'status: ready', 'status: done');
    content.write(
      'stories/secret/SECRETSTORY-2.md',
      '---\ntitle: CANARY_NEW_HIDDEN_STORY\nstatus: draft\npriority: must\nphase: secret\n---\n',
    );
    content.remove('stories/LK-4.md');
    content.edit('phases/secret.md', 'end: 2026-05-29', 'end: 2026-06-30');
    content.edit('phases/open.md', 'date: 2026-03-10, visibility: internal', 'date: 2026-03-12, visibility: internal');
    content.edit('stories/LK-1.md', 'owner: CANARY_OWNER_NAME', 'owner: CANARY_NEW_OWNER');
    content.edit('stories/LK-1.md', 'CANARY_INTERNAL_BLOCK', 'CANARY_EDITED_INTERNAL_BLOCK');
    content.edit(
      'stories/LK-1.md',
      'feedback:\n',
      'feedback:\n  - { date: 2026-02-11, from: secret-vendor, text: CANARY_NEW_HIDDEN_FEEDBACK, visibility: internal }\n',
    );
    content.edit('stories/LK-3.md', 'status: ready', 'status: in-progress');
  };

  test('holds only what that view can see', () => {
    const diff = compare(hiddenEdits, 'client');
    expect(JSON.stringify(diff)).not.toMatch(/CANARY|SECRET|secret/);
    expect(diff.stories).toEqual({
      added: [],
      removed: [],
      changed: [{ id: 'LK-3', title: 'Client story CLIENT_STORY_OK', changes: [{ field: 'status', from: 'ready', to: 'in-progress' }] }],
    });
    expect(diff.views).toEqual([
      expect.objectContaining({ id: 'client', state: 'changed', definition: [], nowVisible: [], noLongerVisible: [] }),
    ]);
  });

  test('the same edits are all there in the full diff', () => {
    const text = JSON.stringify(compare(hiddenEdits));
    for (const canary of [
      'CANARY_RENAMED_HIDDEN_TITLE',
      'CANARY_NEW_HIDDEN_STORY',
      'CANARY_UNMARKED_STORY',
      'CANARY_NEW_OWNER',
      'CANARY_NEW_HIDDEN_FEEDBACK',
      'CANARY_HIDDEN_MILESTONE',
    ]) {
      expect(text).toContain(canary);
    }
  });
});
