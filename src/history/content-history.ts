import type { ContentHistory } from '../diff/changes-for-view.ts';
import type { Backlog } from '../loading/backlog.ts';
import { listContentCommits, locateContent, openRevisionFolder } from './git-revisions.ts';
import { loadRevision, type SourceCache } from './load-revision.ts';

/** How many commits touching the content the changes page looks back over, so long histories stay fast. */
const historyDepth = 50;

// Commits never change: a revision read once (a rebuild in `npm run dev`) is not read again, and
// a file is parsed once for all the commits that hold it.
const loaded = new Map<string, Backlog | undefined>();
const sources: SourceCache = new Map();

/**
 * The content folder at each of its last `depth` commits, newest first, plus the commit before
 * them (what the oldest one changed is measured against it). Undefined outside a git repository.
 * Only commits are read: dates are commit dates (ISO 8601), never the clock or file times. A
 * commit whose content does not load has no `backlog`, and is skipped over.
 */
export function readContentHistory(contentRoot: string, depth = historyDepth): ContentHistory | undefined {
  const location = locateContent(contentRoot);
  if (!location) return undefined;
  const folder = openRevisionFolder(location);
  try {
    // One commit more than read, only listed: it tells whether the history goes back further.
    const commits = listContentCommits(location, depth + 2);
    const revisions = commits.slice(0, depth + 1).map((commit) => {
      const key = `${location.repository}\0${location.path}\0${commit.hash}`;
      if (!loaded.has(key)) loaded.set(key, loadRevision(folder, commit.hash, { contentRoot, sources }).backlog);
      return { date: commit.date, backlog: loaded.get(key) };
    });
    return { revisions, cutShort: commits.length > depth + 1 };
  } finally {
    folder.close();
  }
}
