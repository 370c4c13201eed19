/**
 * The content of a backlog once it is validated and its defaults are filled in: what each file
 * holds. Plain types that import nothing, so every layer can share them. What each field means and
 * its default is written once, beside its rule in src/schemas/; each schema is checked at compile
 * time to produce exactly the type here (src/schemas/same-type.ts).
 */

/** MoSCoW priorities, in backlog order. */
export const priorities = ['must', 'should', 'could', 'wont'] as const;
export type Priority = (typeof priorities)[number];

/** What a workflow status means for progress, whatever the project calls it. */
export const workflowCategories = ['planned', 'active', 'done', 'dropped'] as const;
export type WorkflowCategory = (typeof workflowCategories)[number];

export const phaseStatuses = ['planned', 'active', 'done'] as const;
export type PhaseStatus = (typeof phaseStatuses)[number];

/** Languages a site's own words (menus, labels, dates) are written in. */
export const supportedLocales = ['en', 'fr'] as const;
export type Locale = (typeof supportedLocales)[number];

export interface WorkflowStatus {
  id: string;
  label: string;
  category: WorkflowCategory;
}

/** The levels of a project.yaml that names none. */
export const defaultVisibilityLevels = ['public', 'client', 'internal'];

/** The workflow of a project.yaml that names none; a site translates its labels. */
export const defaultWorkflow = [
  { id: 'draft', label: 'Draft', category: 'planned' },
  { id: 'ready', label: 'Ready', category: 'planned' },
  { id: 'in-progress', label: 'In progress', category: 'active' },
  { id: 'in-review', label: 'In review', category: 'active' },
  { id: 'done', label: 'Done', category: 'done' },
  { id: 'dropped', label: 'Dropped', category: 'dropped' },
] as const satisfies readonly { id: string; label: string; category: WorkflowCategory }[];

/** project.yaml */
export interface Project {
  name: string;
  client?: string;
  summary?: string;
  locale: Locale;
  currency: string;
  visibilityLevels: string[];
  /** Always set after validation: unmarked content gets the most restricted level. */
  defaultVisibility: string;
  workflow: WorkflowStatus[];
  repository?: string;
  idPrefix: string;
}

/** views/<id>.yaml */
export interface View {
  title: string;
  description?: string;
  level: string;
  stakeholders?: string[];
  tags?: string[];
  show: { estimates: boolean; costs: boolean; owners: boolean; feedback: boolean };
  locale?: Locale;
  site?: string;
  base: string;
  search: boolean;
  theme?: { accent?: string; logo?: string };
}

export interface Milestone {
  title: string;
  date: string;
  visibility?: string;
}

/** phases/<id>.md */
export interface Phase {
  title: string;
  order: number;
  start?: string;
  end?: string;
  status: PhaseStatus;
  goal?: string;
  budget?: { personDays?: number; cost?: number };
  milestones: Milestone[];
  team: TeamMember[];
  resources: string[];
  visibility?: string;
}

/** A stakeholder a phase mobilises: a team, a service, the client's staff, an outside expert. */
export interface TeamMember {
  stakeholder: string;
  role?: string;
  personDays?: number;
}

/** epics/<id>.md */
export interface Epic {
  title: string;
  phase?: string;
  visibility?: string;
}

/** stakeholders/<id>.yaml */
export interface Stakeholder {
  name: string;
  kind?: string;
  description?: string;
  visibility?: string;
}

export interface AcceptanceCriterion {
  text: string;
  done: boolean;
}

export interface Feedback {
  date: string;
  from: string;
  text: string;
  ledTo: string[];
  visibility?: string;
}

/** stories/**\/<id>.md or .mdx */
export interface Story {
  id?: string;
  title: string;
  as?: string;
  want?: string;
  soThat?: string;
  status: string;
  priority: Priority;
  rank?: number;
  phase?: string;
  epic?: string;
  stakeholders: string[];
  dependsOn: string[];
  estimate?: { points?: number; personDays?: number; cost?: number };
  acceptance: AcceptanceCriterion[];
  feedback: Feedback[];
  owner?: string;
  tags: string[];
  visibility?: string;
  created?: string;
  updated?: string;
  links: { title: string; url: string }[];
}
