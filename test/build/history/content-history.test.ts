import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prepareBacklog, projectPreparedView } from '../../../src/build/prepare-backlog.ts';
import { readContentHistory } from '../../../src/history/content-history.ts';
import { listContentLog } from '../../../src/git/content-log.ts';
import { locateContent } from '../../../src/git/repository.ts';
import { filesBefore, listTree } from '../../../src/git/tree.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { createContentRepository, type ContentRepository } from '../../helpers/git-repo.ts';

const identity = ['-c', 'user.name=T', '-c', 'user.email=t@example.com'];

/** A repository whose content goes through what a history must follow: edits, deletions, moves, links, a merge. */
function eventfulRepository(): ContentRepository {
  const repository = createContentRepository(join(fixturesDir, 'leaks'));
  repository.commit('2026-01-01', 'start');
  repository.edit('stories/LK-3.md', 'status: ready', 'status: in-progress');
  repository.write('../README.md', 'Outside the content folder.\n');
  repository.commit('2026-01-02');
  repository.move('stories/LK-4.md', 'stories/later/LK-4.md');
  symlinkSync('../brand/logo.svg', join(repository.content, 'stories', 'logo-link.svg'));
  repository.commit('2026-01-03');
  repository.write('../README.md', 'Only outside.\n');
  repository.commit('2026-01-04');
  // A side branch, merged: the merge is one step, compared with its first parent.
  repository.git(['checkout', '-q', '-b', 'side']);
  repository.remove('stories/secret/hidden-photo.svg');
  repository.edit('stories/secret/SECRETSTORY-1.md', 'status: ready', 'status: done');
  repository.commit('2026-01-05');
  repository.edit('stories/LK-1.md', /^visibility: public$/m, 'visibility: client');
  repository.commit('2026-01-06');
  repository.git(['checkout', '-q', 'main']);
  repository.write('stories/LK-9.md', '---\ntitle: Written on main\nstatus: draft\npriority: could\n---\n');
  repository.commit('2026-01-07');
  const when = { GIT_AUTHOR_DATE: '2026-01-08T12:00:00Z', GIT_COMMITTER_DATE: '2026-01-08T12:00:00Z' };
  repository.git([...identity, 'merge', '-q', '--no-ff', '-m', 'merge side', 'side'], when);
  repository.remove('stories/logo-link.svg');
  repository.write('stories/logo-link.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  repository.commit('2026-01-09');
  return repository;
}

describe('the history of a content folder', () => {
  test('is followed from commit to commit as git lists each one, a batch at a time', () => {
    const repository = eventfulRepository();
    const location = locateContent(repository.content)!;
    const batches = [listContentLog(location, 3)];
    while (batches.at(-1)!.length > 0) batches.push(listContentLog(location, 3, batches.at(-1)!.at(-1)!.hash));
    const commits = batches.flat();
    expect(commits.map(({ hash, date }) => `${hash} ${date}`).join('\n')).toBe(
      repository.git(['log', '--first-parent', '--format=%H %cI', '--', 'content']),
    );
    expect(commits.map((commit) => commit.date.slice(0, 10))).toEqual([
      '2026-01-09',
      '2026-01-08',
      '2026-01-07',
      '2026-01-03',
      '2026-01-02',
      '2026-01-01',
    ]);
    const sorted = (files: { path: string }[] | undefined) => [...(files ?? [])].sort((a, b) => a.path.localeCompare(b.path));
    let files = listTree(location, commits[0].hash)!;
    for (let index = 1; index < commits.length; index++) {
      files = filesBefore(files, commits[index - 1].changes);
      expect(sorted(files), commits[index].date).toEqual(sorted(listTree(location, commits[index].hash)));
    }
  });

  test('loads each revision, and stops at the cap', () => {
    const repository = eventfulRepository();
    const statusOf = (history: ReturnType<typeof readContentHistory>) =>
      [...history!.revisions].map(
        (revision) => `${revision.date.slice(0, 10)} ${revision.backlog?.stories.find((story) => story.id === 'LK-3')?.data.status}`,
      );
    const whole = readContentHistory(repository.content)!;
    expect(statusOf(whole)).toEqual([
      '2026-01-09 in-progress',
      '2026-01-08 in-progress',
      '2026-01-07 in-progress',
      '2026-01-03 in-progress',
      '2026-01-02 in-progress',
      '2026-01-01 ready',
    ]);
    expect(whole.cutShort).toBe(false);
    const capped = readContentHistory(repository.content, { cap: 4 })!;
    expect(statusOf(capped)).toHaveLength(4);
    expect(capped.cutShort).toBe(true);
    const exactly = readContentHistory(repository.content, { cap: 6 })!;
    expect(statusOf(exactly)).toHaveLength(6);
    expect(exactly.cutShort).toBe(false);
    // The merge brought the side branch's edits.
    const merged = [...readContentHistory(repository.content)!.revisions][1].backlog!;
    expect(merged.stories.find((story) => story.id === 'LK-1')!.data.visibility).toBe('client');
  });

  test('the build log says which view reached the cap before its number of changes', async () => {
    const repository = createContentRepository(join(fixturesDir, 'leaks'));
    repository.commit('2026-01-01', 'start');
    for (const n of [1, 2, 3]) {
      repository.edit('stories/secret/SECRETSTORY-1.md', /CANARY_HIDDEN_STORY_BODY.*/, `CANARY_HIDDEN_STORY_BODY ${n}`);
      repository.commit(`2026-01-0${n + 1}`);
    }
    const { prepared } = await prepareBacklog(repository.content);
    const logged: string[] = [];
    const log = (line: string) => logged.push(line);
    const whole = projectPreparedView(prepared!, 'client', log);
    expect(logged).toEqual([]);
    expect(whole.referenceDate).toBe('2026-01-01');

    const { prepared: again } = await prepareBacklog(repository.content);
    again!.history = readContentHistory(repository.content, { cap: 3 });
    const client = projectPreparedView(again!, 'client', log);
    expect(logged).toEqual([
      'client: 0 of 50 changes found in the last 3 commits, the most a build reads: dates resting on older commits are left out',
    ]);
    expect(client.referenceDate).toBeUndefined();
  });
});
