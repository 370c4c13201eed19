import type { Locale, Priority, WorkflowStatus } from './content.ts';

/**
 * What one view's site is built from, and all it is built from: pages and components receive
 * this and nothing else. Every field here has passed the view's level, filters and `show` switches;
 * hidden items are absent, not flagged.
 */
export interface ViewData {
  view: {
    id: string;
    title: string;
    description?: string;
    locale: Locale;
    site?: string;
    base: string;
    search: boolean;
    accent?: string;
    logo?: string;
    show: { estimates: boolean; costs: boolean; owners: boolean; feedback: boolean };
    /** The team's site (most restricted level): the only one that links to the repository. */
    isTeamSite: boolean;
    /** The project's visibility levels, most open first: on the team's site only, as every `VisibilityMarks`. */
    visibilityLevels?: string[];
  };
  project: {
    name: string;
    /** The language the content is written in, which a view's UI language may differ from. */
    locale: Locale;
    client?: string;
    summaryHtml: string;
    currency: string;
    workflow: WorkflowStatus[];
  };
  /** Build reference date (YYYY-MM-DD): what "now" means on this site; never the clock. */
  referenceDate?: string;
  phases: PhaseView[];
  epics: EpicView[];
  stakeholders: StakeholderView[];
  /** In backlog order: MoSCoW priority, then rank, then id. */
  stories: StoryView[];
  progress: Progress;
  /** The whole view: every visible story's estimates, and the budgets of the visible phases. */
  totals: EstimateTotals & { budget?: { personDays?: number; cost?: number } };
  /** Diagrams, added after projection from this data only (src/build/attach-diagrams.ts). */
  diagrams: {
    roadmap?: DiagramView;
    /** Dependencies among stories outside any phase; each phase's are in `phases`. */
    unscheduled?: GraphView;
    phases: Record<string, GraphView>;
    /** Each story's neighbourhood as inline SVG (src/diagrams/neighbourhood-svg.ts). */
    stories: Record<string, string>;
  };
  /** Whether the build prints the site's `report.pdf` (it needs Chromium): the overview links it only then. */
  reportPdf?: boolean;
  /** Content-hashed names of the images that visible text uses, to copy into the site. */
  assets: string[];
  /**
   * Recent changes from the content's git history, newest first, as this view sees them
   * (src/history/, src/diff/changes-for-view.ts); undefined outside a git repository.
   */
  changes?: ChangeEntry[];
  /**
   * Each phase's burn-up by phase id, from the same history as `changes` (src/diff/burn-up.ts);
   * undefined outside a git repository, and no entry for a phase with fewer than two days to draw.
   */
  burnUp?: Record<string, BurnUp>;
}

/**
 * On the team's site only, undefined on every other (a lower site never learns which levels exist
 * above its own): the item's visibility level, and its page on each lower site that shows it.
 */
export interface VisibilityMarks {
  visibility?: string;
  /** Lower views that set `site`, most open first; empty when none of them shows the item. */
  viewAs?: ViewAsLink[];
}

/** The same page on another view's site. */
export interface ViewAsLink {
  view: string;
  title: string;
  url: string;
}

/** A phase's work done over time against its scope, counting only what this view shows. */
export interface BurnUp {
  /** Story points when the view shows estimates and the phase's stories carry some, else stories. */
  measure: 'points' | 'stories';
  /**
   * Oldest first, at most one a day (the day's last state): the oldest the view's history holds,
   * each day the phase's figures moved, and the reference date with today's figures.
   */
  days: { date: string; done: number; scope: number }[];
}

/** One change of one commit, naming only items this view shows today (ids as in `stories`, `phases`). */
export type ChangeEntry = { date: string } & (
  | { kind: 'story-added'; story: string }
  | { kind: 'status'; story: string; from: string; to: string }
  /** Moved to another phase; no `from`/`to` for no phase (or one this view does not show). */
  | { kind: 'story-phase'; story: string; from?: string; to?: string }
  | { kind: 'phase-dates'; phase: string; from: { start?: string; end?: string }; to: { start?: string; end?: string } }
);

/**
 * A diagram as inline SVG, one drawing in the site's palette for both themes; without Chromium at
 * build time, its Mermaid source.
 */
export interface DiagramView {
  svg?: string;
  source?: string;
}

/** A dependency graph and the stories it draws, for its accessible alternative. */
export interface GraphView extends DiagramView {
  stories: string[];
  /** Stories left out to keep the graph readable. */
  omitted: number;
}

export interface Progress {
  stories: number;
  /** Stories by workflow category. */
  planned: number;
  active: number;
  done: number;
  dropped: number;
  /** Points done and total (not dropped), when estimates are shown. */
  points?: { done: number; total: number };
}

/** What estimates measure: story points, person-days, money in the project's currency. */
export type Measure = 'points' | 'personDays' | 'cost';
export type Amounts = Partial<Record<Measure, number>>;

/**
 * Estimates of stories added up (dropped stories apart), done against remaining: only the
 * measures this view shows and its stories carry, and only stories it shows.
 */
export interface EstimateTotals {
  estimated: Amounts;
  done: Amounts;
  remaining: Amounts;
}

export interface PhaseView extends VisibilityMarks {
  id: string;
  slug: string;
  title: string;
  /** Its number among the phases this view shows, from 1, in their written order. */
  order: number;
  start?: string;
  end?: string;
  status: 'planned' | 'active' | 'done';
  goal?: string;
  budget?: { personDays?: number; cost?: number };
  /** `visibility` on the team's site only, as in `VisibilityMarks`. */
  milestones: { title: string; date: string; visibility?: string }[];
  /** The stakeholders it mobilises that this view shows, in written order; person-days with `show.estimates`. */
  team: Mobilised[];
  /** Its technical means (environments, devices, licences). */
  resources: string[];
  html: string;
  /** Ids of its visible stories, in backlog order. */
  stories: string[];
  progress: Progress;
  /** What its visible stories add up to, to set against `budget`. */
  estimates: EstimateTotals;
}

/** A stakeholder in a phase's team: its role there and planned person-days. */
export interface Mobilised {
  stakeholder: string;
  role?: string;
  personDays?: number;
}

export interface EpicView extends VisibilityMarks {
  id: string;
  slug: string;
  title: string;
  phase?: string;
  html: string;
  stories: string[];
  progress: Progress;
}

export interface StakeholderView extends VisibilityMarks {
  id: string;
  slug: string;
  name: string;
  kind?: string;
  description?: string;
  stories: string[];
  /** The phases this view shows that mobilise it, in roadmap order, with its role and person-days there. */
  phases: ({ phase: string } & Omit<Mobilised, 'stakeholder'>)[];
}

export interface StoryView extends VisibilityMarks {
  id: string;
  slug: string;
  title: string;
  as?: string;
  want?: string;
  soThat?: string;
  status: string;
  category: WorkflowStatus['category'];
  priority: Priority;
  rank?: number;
  phase?: string;
  epic?: string;
  stakeholders: string[];
  dependsOn: string[];
  /** How many of its dependencies this view does not show (SPEC §2: "depends on N items not shown here"). */
  hiddenDependencies: number;
  dependents: string[];
  estimate?: { points?: number; personDays?: number; cost?: number };
  acceptance: { text: string; done: boolean }[];
  /** What stakeholders said; `ledTo`: the stories it led to that this view shows; `visibility` as in `VisibilityMarks`. */
  feedback: { date: string; from?: string; text: string; ledTo: string[]; visibility?: string }[];
  owner?: string;
  tags: string[];
  created?: string;
  updated?: string;
  links: { title: string; url: string }[];
  html: string;
  /** "Edit this page" and history links, on the team's site when the project has a repository. */
  editUrl?: string;
  historyUrl?: string;
}
