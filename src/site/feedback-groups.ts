import type { ViewData } from '../model/view-data.ts';

/** One thing a stakeholder said about a story, and the stories it led to (those the view shows). */
export interface FeedbackEntry {
  date: string;
  from?: string;
  text: string;
  story: string;
  ledTo: string[];
}

/** The feedback about one phase's stories (`phase` undefined: stories not planned in a phase). */
export interface FeedbackGroup {
  phase?: string;
  entries: FeedbackEntry[];
}

/**
 * Every piece of feedback the view shows, by phase in roadmap order (unplanned stories last), the
 * most recent first within a phase, then by who said it.
 */
export function groupFeedback(data: Pick<ViewData, 'phases' | 'stories'>): FeedbackGroup[] {
  const groups = [...data.phases.map((phase) => phase.id), undefined].map((phase) => ({
    phase,
    entries: data.stories
      .filter((story) => story.phase === phase)
      .flatMap((story) => story.feedback.map((item) => ({ ...item, story: story.id })))
      .sort((a, b) => b.date.localeCompare(a.date) || (a.from ?? '').localeCompare(b.from ?? '')),
  }));
  return groups.filter((group) => group.entries.length > 0);
}
