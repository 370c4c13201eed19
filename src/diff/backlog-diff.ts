import type { Priority } from '../model/content.ts';

/**
 * What a change to the backlog means, item by item: the result of `diffBacklogs`, and the `diff`
 * of `backlog-docs diff --format json`. Plain data, no Maps or dates, so it serialises as is; its
 * shape is documented in the README and only grows (new optional keys), for bots that read it.
 */
export interface BacklogDiff {
  stories: { added: StoryRef[]; removed: StoryRef[]; changed: StoryChange[] };
  phases: { added: PhaseRef[]; removed: PhaseRef[]; changed: ItemChange<PhaseFieldChange>[] };
  epics: { added: ItemRef[]; removed: ItemRef[]; changed: ItemChange<EpicFieldChange>[] };
  stakeholders: { added: ItemRef[]; removed: ItemRef[]; changed: ItemChange<StakeholderFieldChange>[] };
  /** Estimate totals of the phases whose totals changed (dropped stories left out); no `phase` for unscheduled stories. */
  totals: PhaseTotals[];
  /** Phases whose stories went over their budget, or came back within it. */
  budgets: BudgetCrossing[];
  /** The roadmap as Mermaid gantt text on each side, as the site draws it (src/diagrams/roadmap-gantt.ts); undefined where no phase has dates. */
  roadmap: { before?: string; after?: string };
  /** What changes on each site. With `--view`, only that view, without its definition. */
  views: ViewChange[];
}

export interface ItemRef {
  id: string;
  title: string;
}

export interface StoryRef extends ItemRef {
  status: string;
  priority: Priority;
  phase?: ItemRef;
}

export interface PhaseRef extends ItemRef {
  start?: string;
  end?: string;
}

export interface ItemChange<C> extends ItemRef {
  changes: C[];
}

export interface StoryChange extends ItemChange<StoryFieldChange> {
  /** The story's previous id, when its file was renamed (same title, or same file with a new `id`). */
  renamedFrom?: string;
  /** Its file moved (same id); full diff only: a view's site shows no file paths. */
  moved?: { from: string; to: string };
}

export type TextChange<F extends string> = { field: F; from?: string; to?: string };
export type NumberChange<F extends string> = { field: F; from?: number; to?: number };
export type ListChange<F extends string> = { field: F; added: string[]; removed: string[] };
export type ReferenceChange<F extends string> = { field: F; from?: ItemRef; to?: ItemRef };
/** The body's visible text was edited. */
export type TextEdit = { field: 'text' };

export interface FeedbackItem {
  date: string;
  from?: string;
  text: string;
  /** The stories it led to, when it names any the view shows. */
  ledTo?: string[];
}

export type StoryFieldChange =
  | TextChange<'title' | 'status' | 'priority' | 'sentence' | 'owner' | 'visibility'>
  | NumberChange<'rank' | 'estimate.points' | 'estimate.personDays' | 'estimate.cost'>
  | ReferenceChange<'phase' | 'epic'>
  | ListChange<'stakeholders' | 'dependsOn' | 'tags' | 'links'>
  | { field: 'acceptance'; added: string[]; removed: string[]; ticked: string[]; unticked: string[] }
  | { field: 'feedback'; added: FeedbackItem[]; removed: number }
  | TextEdit;

export interface Milestone {
  title: string;
  date: string;
}

export type PhaseFieldChange =
  | TextChange<'title' | 'status' | 'goal' | 'visibility'>
  | NumberChange<'order' | 'budget.personDays' | 'budget.cost'>
  /** `days`: the shift, when both dates are set. */
  | (TextChange<'start' | 'end'> & { days?: number })
  | { field: 'milestones'; added: Milestone[]; removed: Milestone[]; moved: (Milestone & { from: string; days: number })[] }
  | { field: 'team'; added: TeamEntry[]; removed: TeamEntry[]; changed: (TeamEntry & { from: Omit<TeamEntry, 'stakeholder'> })[] }
  | ListChange<'resources'>
  | TextEdit;

/** A stakeholder in a phase's team, as the compared view shows it. */
export interface TeamEntry {
  stakeholder: ItemRef;
  role?: string;
  personDays?: number;
}

export type EpicFieldChange = TextChange<'title' | 'visibility'> | ReferenceChange<'phase'> | TextEdit;

export type StakeholderFieldChange = TextChange<'name' | 'kind' | 'description' | 'visibility'>;

export interface PhaseTotals {
  phase?: ItemRef;
  points?: { from: number; to: number };
  personDays?: { from: number; to: number };
  cost?: { from: number; to: number };
}

/** A phase whose stories' estimate crossed its budget, with both after the change. */
export interface BudgetCrossing {
  phase: ItemRef;
  measure: 'personDays' | 'cost';
  /** `over`: now estimated above the budget; `within`: no longer. */
  state: 'over' | 'within';
  estimated: number;
  budget: number;
}

export interface ViewChange extends ItemRef {
  /** The view file was added or removed, or the site changes, or not. */
  state: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Changes to the view file's level, `show` switches and filters (full diff only). */
  definition: ViewDefinitionChange[];
  stories: { added: number; removed: number; changed: number; statusChanges: number };
  phasesChanged: number;
  roadmapChanged: boolean;
  /** Items that existed before, hidden from this site, and are now on it (full diff only). */
  nowVisible: VisibilityChange[];
  /** Items still in the backlog that this site no longer shows (full diff only). */
  noLongerVisible: VisibilityChange[];
}

export type ViewDefinitionChange =
  | TextChange<'level'>
  | { field: 'show.estimates' | 'show.costs' | 'show.owners' | 'show.feedback'; from: boolean; to: boolean }
  /** A filter; undefined means "all". */
  | { field: 'stakeholders' | 'tags'; from?: string[]; to?: string[] };

/**
 * An item whose visibility on a site changed. For a milestone, `id` is its phase; for feedback and
 * `text` (a `:::level` block of a story's body), the story.
 */
export interface VisibilityChange extends ItemRef {
  kind: 'story' | 'phase' | 'epic' | 'stakeholder' | 'milestone' | 'feedback' | 'text';
}
