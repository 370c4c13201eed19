import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectForComparison } from '../../../src/diff/project-for-comparison.ts';
import { loadBacklog } from '../../../src/loading/load-backlog.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { createContentRepository } from '../../helpers/git-repo.ts';

test('phases are numbered among those the view shows, with no gap where a hidden one is', () => {
  // The leak fixture's phase 2 is internal; a third phase is public.
  const content = createContentRepository(join(fixturesDir, 'leaks'));
  content.write('phases/later.md', '---\ntitle: Later phase\norder: 30\nvisibility: public\n---\n');
  const backlog = loadBacklog(content.content).backlog!;
  const numbers = (viewId: string) =>
    projectForComparison(
      backlog,
      backlog.views.find((view) => view.id === viewId),
    ).phases.map((phase) => [phase.id, phase.order]);
  expect(numbers('public')).toEqual([
    ['open', 1],
    ['later', 2],
  ]);
  expect(numbers('team')).toEqual([
    ['open', 1],
    ['secret', 2],
    ['later', 3],
  ]);
});
