import { relative, resolve, sep } from 'node:path';
import type { Backlog, Entry } from '../loading/backlog.ts';
import { contentAsset } from '../loading/content-asset.ts';
import { splitBodyByLevel } from '../loading/level-blocks.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { collectLocalImages } from './local-images.ts';
import { createMarkdownRenderer } from './markdown-renderer.ts';
import { renderMdx } from './mdx-renderer.ts';
import { sanitizeBodyHtml } from './sanitize-body-html.ts';

/** One `:::level` block (or unrestricted text) of a body, rendered to safe HTML. */
export interface RenderedSegment {
  /** Visibility level of the block; undefined for text every view of the entry shows. */
  level?: string;
  html: string;
  /** Content-hashed names of the local images it shows. */
  assets: string[];
}

export type Rendered<T> = Entry<T> & {
  segments: RenderedSegment[];
  /** Path inside the git repository, for "edit this page" links. */
  repositoryPath?: string;
};

/** The validated backlog with every body rendered: the input of every view's projection. */
export interface RenderedBacklog {
  project: Backlog['project'] & { summarySegments: RenderedSegment[] };
  views: Backlog['views'];
  phases: Rendered<Backlog['phases'][number]['data']>[];
  epics: Rendered<Backlog['epics'][number]['data']>[];
  stakeholders: Backlog['stakeholders'];
  stories: Rendered<Backlog['stories'][number]['data']>[];
  /** Source file of every content-hashed image name. */
  assetSources: Map<string, string>;
  /** Content-hashed name of each view's logo, by view id. */
  logos: Map<string, string>;
}

/**
 * Renders every body once for all views. Bodies are split into `:::level` segments first and each
 * segment is rendered on its own, so a view can be given exactly the segments it may show.
 */
export async function renderBacklog(
  backlog: Backlog,
  contentRoot: string,
  repositoryRoot?: string,
): Promise<{ rendered?: RenderedBacklog; problems: ContentProblem[] }> {
  const render = await createMarkdownRenderer();
  const levels = backlog.project.visibilityLevels;
  const problems: ContentProblem[] = [];
  const assetSources = new Map<string, string>();

  const renderBody = async (body: string, entryPath: string, file: string, bodyLine: number): Promise<RenderedSegment[]> => {
    const segments: RenderedSegment[] = [];
    for (const segment of splitBodyByLevel(body, levels).segments) {
      const html = entryPath.endsWith('.mdx') ? renderMdx(segment.text) : await render(segment.text);
      const images = collectLocalImages(sanitizeBodyHtml(html), entryPath, contentRoot);
      for (const src of images.missing) {
        problems.push({
          file,
          line: bodyLine + segment.line - 1 + Math.max(0, segment.text.split('\n').findIndex((text) => text.includes(src))),
          column: 1,
          field: '',
          message: `the image "${src}" is not a file inside the content folder`,
          hint: 'put the image next to the entry and link it with a relative path',
        });
      }
      for (const asset of images.assets) assetSources.set(asset.name, asset.source);
      segments.push({ level: segment.level, html: images.html, assets: images.assets.map((asset) => asset.name) });
    }
    return segments;
  };
  const withSegments = async <T>(entry: Entry<T>): Promise<Rendered<T>> => ({
    ...entry,
    segments: await renderBody(entry.body, entry.path, entry.file, entry.bodyLine),
    repositoryPath: repositoryRoot === undefined ? undefined : relative(repositoryRoot, entry.path).split(sep).join('/'),
  });

  const logos = new Map<string, string>();
  for (const view of backlog.views) {
    // Checked when the content was loaded: it is a file inside the content folder.
    const logo = view.data.theme?.logo && contentAsset(resolve(contentRoot, view.data.theme.logo), contentRoot)!;
    if (!logo) continue;
    logos.set(view.id, logo.name);
    assetSources.set(logo.name, logo.source);
  }
  const rendered: RenderedBacklog = {
    project: { ...backlog.project, summarySegments: await renderBody(backlog.project.summary ?? '', contentRoot + '/project.yaml', 'project.yaml', 1) },
    views: backlog.views,
    phases: await Promise.all(backlog.phases.map(withSegments)),
    epics: await Promise.all(backlog.epics.map(withSegments)),
    stakeholders: backlog.stakeholders,
    stories: await Promise.all(backlog.stories.map(withSegments)),
    assetSources,
    logos,
  };
  return problems.length > 0 ? { problems } : { rendered, problems };
}
