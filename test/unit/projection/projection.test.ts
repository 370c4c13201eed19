import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBacklog } from '../../../src/loading/load-backlog.ts';
import { projectBacklogForView } from '../../../src/projection/project-backlog.ts';
import type { ViewData } from '../../../src/model/view-data.ts';
import { renderBacklog } from '../../../src/rendering/render-backlog.ts';
import type { RenderedBacklog } from '../../../src/model/rendered-backlog.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';

let rendered: RenderedBacklog;
const view = (id: string, referenceDate?: string): ViewData => projectBacklogForView(rendered, id, { referenceDate });

beforeAll(async () => {
  const content = join(fixturesDir, 'leaks');
  const { backlog } = loadBacklog(content);
  const result = await renderBacklog(backlog!, content, join(fixturesDir, '..', '..'));
  rendered = result.rendered!;
});

describe('projecting the backlog for one view', () => {
  test('keeps the items at or below the view level, in backlog order', () => {
    expect(view('public').stories.map((story) => story.id)).toEqual(['LK-1', 'LK-2']);
    expect(view('client').stories.map((story) => story.id)).toEqual(['LK-1', 'LK-2', 'LK-3']);
    expect(view('team').stories.map((story) => story.id)).toEqual(['LK-1', 'SECRETSTORY-1', 'LK-2', 'LK-3', 'LK-4']);
    expect(view('public').phases.map((phase) => phase.id)).toEqual(['open']);
    expect(view('public').stakeholders.map((stakeholder) => stakeholder.id)).toEqual(['board']);
  });

  test('a stakeholder filter keeps stories that concern one of them, and all phases and epics', () => {
    const boardOnly = view('board-only');
    expect(boardOnly.stories.map((story) => story.id)).toEqual(['LK-1', 'LK-2']);
    expect(boardOnly.phases.map((phase) => phase.id)).toEqual(['open']);
  });

  test('references to hidden items are dropped, and hidden dependencies only counted', () => {
    const story = view('public').stories[0];
    expect(story).toMatchObject({ stakeholders: ['board'], dependsOn: ['LK-2'], hiddenDependencies: 1 });
    expect(view('team').stories[0]).toMatchObject({
      stakeholders: ['board', 'secret-vendor', 'pilots'],
      dependsOn: ['LK-2', 'SECRETSTORY-1'],
      hiddenDependencies: 0,
    });
  });

  test('dependents list only visible stories', () => {
    expect(view('public').stories.find((story) => story.id === 'LK-2')!.dependents).toEqual(['LK-1']);
    expect(view('team').stories.find((story) => story.id === 'LK-2')!.dependents).toEqual(['LK-1', 'SECRETSTORY-1']);
  });

  test('fields the view does not show are absent, not empty', () => {
    const publicStory = view('public').stories[0];
    expect(publicStory.estimate).toBeUndefined();
    expect(publicStory.owner).toBeUndefined();
    expect(publicStory.feedback).toEqual([]);
    expect(view('public').phases[0].budget).toBeUndefined();
    expect(view('client').stories[0].estimate).toEqual({ points: 777, personDays: 3, cost: 31337 });
    expect(view('client').stories[0].owner).toBeUndefined();
    expect(view('team').stories[0].owner).toBe('CANARY_OWNER_NAME');
  });

  test('feedback and milestones are filtered by their own level', () => {
    expect(view('client').stories[0].feedback.map((item) => item.text)).toEqual([
      'Public feedback FEEDBACK_PUBLIC_OK',
      'Client feedback CLIENT_FEEDBACK_OK',
    ]);
    expect(view('public').phases[0].milestones.map((milestone) => milestone.title)).toEqual(['Public launch']);
    // The stories a piece of feedback led to: only those the view shows.
    expect(view('client').stories[0].feedback.map((item) => item.ledTo)).toEqual([[], ['LK-2']]);
    expect(view('team').stories[0].feedback.at(-1)!.ledTo).toEqual(['SECRETSTORY-1', 'LK-2']);
    expect(view('team').phases[0].milestones).toHaveLength(3);
  });

  test("a phase's team: only stakeholders the view shows, person-days with estimates", () => {
    const roles = (id: string) => view(id).phases[0].team.map((member) => member.role);
    expect(roles('public')).toEqual(['Signs off TEAM_ROLE_PUBLIC_OK']);
    expect(view('public').phases[0].team[0]).toEqual({ stakeholder: 'board', role: 'Signs off TEAM_ROLE_PUBLIC_OK' });
    expect(roles('client')).toEqual(['Signs off TEAM_ROLE_PUBLIC_OK', 'Tries the app CLIENT_TEAM_ROLE_OK']);
    expect(view('client').phases[0].team.map((member) => member.personDays)).toEqual([6173, 7]);
    expect(roles('team')).toEqual(['Signs off TEAM_ROLE_PUBLIC_OK', 'Tries the app CLIENT_TEAM_ROLE_OK', 'CANARY_HIDDEN_TEAM_ROLE']);
    expect(view('public').phases[0].resources).toEqual(['Staging server RESOURCE_PUBLIC_OK']);
  });

  test('a stakeholder lists the phases the view shows that mobilise it', () => {
    const board = (id: string) => view(id).stakeholders.find((stakeholder) => stakeholder.id === 'board')!;
    expect(board('public').phases).toEqual([{ phase: 'open', role: 'Signs off TEAM_ROLE_PUBLIC_OK' }]);
    expect(board('team').phases).toEqual([
      { phase: 'open', role: 'Signs off TEAM_ROLE_PUBLIC_OK', personDays: 6173 },
      { phase: 'secret', role: 'CANARY_HIDDEN_PHASE_ROLE' },
    ]);
  });

  test(':::level blocks above the view level are not in the HTML', () => {
    expect(view('public').stories[0].html).not.toContain('CLIENT_BLOCK_OK');
    expect(view('client').stories[0].html).toContain('CLIENT_BLOCK_OK');
    expect(view('client').stories[0].html).not.toContain('CANARY_INTERNAL_BLOCK');
    expect(view('team').stories[0].html).toContain('CANARY_INTERNAL_BLOCK');
    expect(view('public').project.summaryHtml).not.toContain('CANARY_SUMMARY_INTERNAL');
  });

  test('progress and budgets count visible items only', () => {
    expect(view('public').progress).toEqual({ stories: 2, planned: 0, active: 1, done: 1, dropped: 0 });
    expect(view('client').progress.points).toEqual({ done: 0, total: 777 });
    expect(view('team').phases[0].progress).toEqual({
      stories: 4,
      planned: 2,
      active: 1,
      done: 1,
      dropped: 0,
      points: { done: 0, total: 777 },
    });
  });

  test('only images used by visible text are listed for the site', () => {
    expect(view('public').assets).toEqual(['cd057e2dfa8004fc.svg']);
    expect(view('team').assets).toEqual(['03b1cc0835146b6b.svg', 'cd057e2dfa8004fc.svg']);
    expect(view('client').stories[1].html).toContain('src="/client/_assets/cd057e2dfa8004fc.svg"');
  });

  test('only the team site links stories to the repository', () => {
    expect(view('team').stories[0].editUrl).toBe('https://github.com/example/leak-test/edit/HEAD/test/fixtures/leaks/stories/LK-1.md');
    expect(view('team').stories[0].historyUrl).toBe(
      'https://github.com/example/leak-test/commits/HEAD/test/fixtures/leaks/stories/LK-1.md',
    );
    expect(view('client').stories[0]).not.toHaveProperty('editUrl');
    expect(view('client').stories[0]).not.toHaveProperty('historyUrl');
  });

  test('holds no file path, raw frontmatter or body source', () => {
    for (const id of ['client', 'team']) {
      const text = JSON.stringify(view(id));
      expect(text).not.toContain(fixturesDir);
      expect(text).not.toContain(':::');
    }
    expect(JSON.stringify(view('client'))).not.toContain('.md');
  });
});

describe('the team sees who sees what (issue 13)', () => {
  test('the team view gives every story, phase, epic, stakeholder, milestone and feedback item its level', () => {
    const team = view('team');
    expect(team.view.visibilityLevels).toEqual(['public', 'client', 'internal']);
    expect(team.stories.map((story) => [story.id, story.visibility])).toEqual([
      ['LK-1', 'public'],
      ['SECRETSTORY-1', 'internal'],
      ['LK-2', 'public'],
      ['LK-3', 'client'],
      ['LK-4', 'internal'],
    ]);
    expect(team.phases.map((phase) => phase.visibility)).toEqual(['public', 'internal']);
    expect(team.epics.map((epic) => epic.visibility)).toEqual(['public', 'internal']);
    expect(team.stakeholders.map((stakeholder) => stakeholder.visibility)).toEqual(['public', 'client', 'internal']);
    expect(team.phases[0].milestones.map((milestone) => milestone.visibility)).toEqual(['internal', 'internal', 'public']);
    expect(team.stories[0].feedback.map((item) => item.visibility)).toEqual(['public', 'internal', 'client']);
  });

  test('lower views hold no level, no "view as" link and no marked block', () => {
    for (const id of ['public', 'client', 'board-only']) {
      const text = JSON.stringify(view(id));
      for (const field of ['"visibility"', '"viewAs"', '"visibilityLevels"', 'data-visibility', 'level-block', 'level-badge']) {
        expect(text, `${id}: ${field}`).not.toContain(field);
      }
    }
  });

  test("the team's bodies box each block with its level's name; lower views get the bare content", () => {
    expect(view('team').stories[0].html).toContain(
      '<div class="level-block restricted" data-visibility="client"><p class="level-badge">client</p><p>Client block CLIENT_BLOCK_OK.</p></div>',
    );
    expect(view('team').project.summaryHtml).toContain('<div class="level-block team-only" data-visibility="internal">');
    expect(view('client').stories[0].html).toContain('<p>Client block CLIENT_BLOCK_OK.</p>');
  });

  test('"view as" links go to each lower site with an address that shows the item', () => {
    const team = view('team');
    const story = (id: string) => team.stories.find((candidate) => candidate.id === id)!;
    // The public view sets `site`; the client view does not, so it is never linked to.
    expect(story('LK-1').viewAs).toEqual([{ view: 'public', title: 'Public roadmap', url: 'https://roadmap.example.org/stories/lk-1/' }]);
    expect(story('LK-3').viewAs).toEqual([]);
    expect(story('SECRETSTORY-1').viewAs).toEqual([]);
    expect(team.phases.map((phase) => phase.viewAs!.map((link) => link.url))).toEqual([['https://roadmap.example.org/phases/open/'], []]);
    expect(team.stakeholders.map((stakeholder) => stakeholder.viewAs!.length)).toEqual([1, 0, 0]);
  });

  test("a lower view's own filters decide whether its site has the story", () => {
    // The board's view keeps only stories that concern the board, and every client-level item else.
    const views = rendered.views.map((entry) =>
      entry.id === 'board-only' ? { ...entry, data: { ...entry.data, site: 'https://board.example.org/x/' } } : entry,
    );
    const team = projectBacklogForView({ ...rendered, views }, 'team');
    const linked = (items: { id: string; viewAs?: { view: string; url: string }[] }[]) =>
      Object.fromEntries(items.map((item) => [item.id, item.viewAs!.map((link) => link.url)]));
    expect(linked(team.stories)).toEqual({
      'LK-1': ['https://roadmap.example.org/stories/lk-1/', 'https://board.example.org/board-only/stories/lk-1/'],
      'SECRETSTORY-1': [],
      'LK-2': ['https://roadmap.example.org/stories/lk-2/', 'https://board.example.org/board-only/stories/lk-2/'],
      'LK-3': [],
      'LK-4': [],
    });
    expect(linked(team.stakeholders).pilots).toEqual(['https://board.example.org/board-only/stakeholders/pilots/']);
  });
});
