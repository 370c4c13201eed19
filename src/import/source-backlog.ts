import type { Refusal } from '../problems/refusal.ts';

/**
 * A backlog as another tool holds it, read into plain data before any mapping: what each source
 * reader (Backlog.md, Jira, GitHub) produces and the mapping (./map-backlog.ts) consumes. Values
 * are the source's own words (its status names, its priorities); nothing is decided here.
 */

export type SourceName = 'backlog-md' | 'jira' | 'github';

/** A task, issue or story of the source. */
export interface SourceItem {
  /** The source's id, as written (`task-12`, `PROJ-431`, `57`). */
  sourceId: string;
  /** The id it takes here, when the source's is a valid id (`TASK-12`, `PROJ-431`, `GH-57`). */
  id: string;
  title: string;
  /** The source's status name (`In QA`, `closed`). */
  status: string;
  /** What its place at the source says it is, over its status: a Backlog.md task in completed/, drafts/ or archive/. */
  place?: 'done' | 'draft' | 'archived';
  /** The source's priority name (`High`, `medium`), when it has one. */
  priority?: string;
  /** Names of the phase the source puts it in (a milestone, a sprint, a fix version). */
  phase?: string;
  /** The source id of its epic. */
  epic?: string;
  /** The source id of its parent, when that is not an epic (a sub-task's story). */
  parent?: string;
  /** Source ids of the items it waits for. */
  dependsOn: string[];
  points?: number;
  personDays?: number;
  acceptance: { text: string; done: boolean }[];
  owner?: string;
  tags: string[];
  /** `YYYY-MM-DD`. */
  created?: string;
  updated?: string;
  rank?: number;
  links: { title: string; url: string }[];
  /** The description and other sections, as Markdown. */
  body: string;
  /**
   * Every field of the source as a list of values, for `--visibility "FIELD:VALUE=LEVEL"` and
   * `--priority` on labels: `label` holds the labels under every source.
   */
  fields: Record<string, string[]>;
  /** Fields of the source that have no place here, by name, for the summary. */
  leftOut: string[];
  /** Notes on this item for the summary: a value that could not be read, and what was done. */
  notes: string[];
}

/** A milestone, sprint or fix version of the source: a phase here. */
export interface SourcePhase {
  /** The name items refer to it by. */
  name: string;
  /** Other names that refer to it (a Backlog.md milestone's id and its title). */
  aliases: string[];
  title: string;
  /** `YYYY-MM-DD`. */
  end?: string;
  body: string;
  /** Where it comes from, for the summary: "milestone", "sprint", "fix version". */
  kind: string;
}

/** An epic of the source. */
export interface SourceEpic {
  sourceId: string;
  id: string;
  title: string;
  body: string;
  fields: Record<string, string[]>;
}

/** A file to copy into the content folder: Backlog.md's images. */
export interface SourceAsset {
  /** Absolute path of the file at the source. */
  from: string;
  /** Path inside the content folder, with forward slashes. */
  to: string;
}

export interface SourceBacklog {
  source: SourceName;
  /** What the source calls the project, for a new project.yaml. */
  projectName?: string;
  /** The prefix its ids share, for a new project.yaml's idPrefix. */
  idPrefix?: string;
  /** The status names of the source, in its order, for the status mapping table. */
  statuses: string[];
  /** What the source says a status means, when it says (Jira's Status Category: To Do, In Progress, Done). */
  statusHints: Record<string, string>;
  items: SourceItem[];
  phases: SourcePhase[];
  epics: SourceEpic[];
  assets: SourceAsset[];
  /** What was read and deliberately not imported, and why (archived tasks). */
  leftOut: { id: string; title: string; why: string }[];
}

/** Why an input cannot be read, naming the file and line (a refusal of the catalogue). Nothing is written then. */
export interface UnreadableInput {
  unreadable: Refusal;
}
