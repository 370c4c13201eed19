import type { Epic, Phase, Project, Stakeholder, Story, View } from './content.ts';

/** Visibility made explicit: after loading, nothing is unmarked (unmarked means the default level). */
type Marked<T> = Omit<T, 'visibility'> & { visibility: string };

export type PhaseData = Omit<Marked<Phase>, 'milestones'> & { milestones: Marked<Phase['milestones'][number]>[] };
export type EpicData = Marked<Epic>;
export type StakeholderData = Marked<Stakeholder>;
export type StoryData = Omit<Marked<Story>, 'feedback' | 'id'> & { feedback: Marked<Story['feedback'][number]>[] };

/** One validated entry and where it came from. */
export interface Entry<T> {
  id: string;
  /** Path relative to the working folder, for messages. */
  file: string;
  /** Absolute path: for git history and files next to the entry; never published. */
  path: string;
  data: T;
  /** Markdown body ('' for YAML entries) and the line it starts on. */
  body: string;
  bodyLine: number;
  /** Line and column of a frontmatter field, for messages about it. */
  locate(path: readonly PropertyKey[], atKey?: boolean): { line: number; column: number };
}

/** The whole validated backlog: what every later stage (projection, diff) starts from. */
export interface Backlog {
  project: Project;
  /** Where project.yaml is, for messages: its path and the line of its `summary` key. */
  projectFile: { file: string; summaryLine: number };
  views: Entry<View>[];
  phases: Entry<PhaseData>[];
  epics: Entry<EpicData>[];
  stakeholders: Entry<StakeholderData>[];
  stories: Entry<StoryData>[];
}
