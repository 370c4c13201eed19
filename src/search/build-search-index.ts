import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Indexes one built site with Pagefind into its own `pagefind/` folder, written fresh each time
 * (Pagefind never deletes old files) and never shared between views: a site's index only knows
 * the pages of that site. Pages choose what is indexed with data-pagefind-body.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const outputPath = join(siteDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  indexing++;
  try {
    await closing;
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`search index: ${errors.join('; ')}`);
    try {
      const added = await index.addDirectory({ path: siteDir });
      if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
      return { pages: added.page_count };
    } finally {
      await index.deleteIndex();
    }
  } finally {
    // Pagefind's service keeps the memory of its largest index until it ends (0.5 GiB after
    // 10,000 pages), outside the build's budget: it ends whenever no index is being made, and the
    // next index starts another.
    if (--indexing === 0) closing = close().catch(() => {});
  }
}

let indexing = 0;
let closing: Promise<unknown> = Promise.resolve();

/** Stops Pagefind's service process at the end of a build. */
export async function closeSearchIndexer(): Promise<void> {
  await closing;
  await close();
}
