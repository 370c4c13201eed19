import type { ContentHistory, Revision } from '../diff/changes-for-view.ts';
import { listContentLog, type LoggedCommit } from '../git/content-log.ts';
import { locateContent } from '../git/repository.ts';
import { filesBefore, listTree, type TreeFile } from '../git/tree.ts';
import { openRevisionFolder } from './revision-folder.ts';
import { loadRevision, type SourceCache } from './load-revision.ts';

/**
 * The most commits touching the content a build ever reads, so a huge repository cannot stall it.
 * Each view reads back until it has its number of changes (src/diff/changes-for-view.ts), through
 * any number of commits that change nothing it shows, up to this.
 */
export const historyCap = 2000;

/** How many commits one `git log` lists. */
const batchSize = 50;

// Commits never change: a file is parsed once for all the commits that hold it, and for every
// rebuild in `backlog-docs dev`.
const sources: SourceCache = new Map();

/**
 * The content folder at each commit that touched it, newest first (following the first parent),
 * at most `cap`: undefined outside a git repository. Nothing is loaded until the revisions are
 * iterated, and then only as far as they are: commits are listed a batch at a time, and each
 * revision is rebuilt from the one before it and what the commit changed. Only commits are read:
 * dates are commit dates (ISO 8601), never the clock or file times. A commit whose content does not
 * load has no `backlog`. `cutShort` is set when the cap stopped the reading.
 */
export function readContentHistory(contentRoot: string, options: { cap?: number } = {}): ContentHistory | undefined {
  const location = locateContent(contentRoot);
  if (!location) return undefined;
  const cap = options.cap ?? historyCap;
  const newest = listContentLog(location, Math.min(batchSize, cap + 1));
  const history: ContentHistory = {
    id: [location.repository, location.path, newest[0]?.hash ?? '', cap].join('\0'),
    cutShort: false,
    cap,
    revisions: { [Symbol.iterator]: () => readRevisions() },
  };

  function* readRevisions(): Generator<Revision> {
    const folder = openRevisionFolder(location!);
    try {
      let batch = newest;
      let read = 0;
      // The files at the commit read last, and what it changed: the next one's files follow from them.
      let previous: { files: TreeFile[] | undefined; commit: LoggedCommit } | undefined;
      while (batch.length > 0) {
        // The blobs the commits of this batch changed, as they were before: the next ones' files.
        folder.prefetch(
          batch.flatMap((commit) =>
            commit.changes.filter((change) => /^10|^12/.test(change.before.mode)).map((change) => change.before.object),
          ),
        );
        for (const commit of batch) {
          if (read === cap) {
            history.cutShort = true;
            return;
          }
          const files = previous ? filesBefore(previous.files ?? [], previous.commit.changes) : listTree(location!, commit.hash);
          const { backlog } = loadRevision(folder, commit.hash, { contentRoot, sources, files: { files } });
          previous = { files, commit };
          read++;
          yield { date: commit.date, backlog };
        }
        batch = listContentLog(location!, batchSize, batch.at(-1)!.hash);
      }
    } finally {
      folder.close();
    }
  }
  return history;
}
