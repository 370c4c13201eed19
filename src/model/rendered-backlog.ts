import type { Backlog, Entry } from './backlog.ts';

/** A body as one visibility level may see it, rendered to safe HTML. */
export interface RenderedHtml {
  html: string;
  /** Content-hashed names of the local images it shows. */
  assets: string[];
}

export type Rendered<T> = Entry<T> & {
  /** The body for a view of each level, by the level's index in `visibilityLevels`. */
  bodyByLevel: RenderedHtml[];
  /** Path inside the git repository, for "edit this page" links. */
  repositoryPath?: string;
};

/** The validated backlog with every body rendered: the input of every view's projection. */
export interface RenderedBacklog {
  project: Backlog['project'] & { summaryByLevel: RenderedHtml[] };
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
