import { idKey } from '../model/ids.ts';
import type { BurnUp, Progress, ViewData } from '../model/view-data.ts';
import type { ViewWindow } from './view-dates.ts';

type Day = BurnUp['days'][number];

/**
 * Each phase's burn-up from the view's window on the history (src/diff/view-dates.ts): the done
 * and scope of its progress at each revision, counted the way its progress bar counts today.
 * Every revision is the content projected for the view as defined today, so a story the view
 * does not show is absent from all of them and moves no line, and a commit that changed only
 * hidden content made no revision, so it adds no day either. Phases are the ones the view shows
 * today (by id key); a phase's line starts at the oldest revision of an unbroken run showing it.
 * Revisions after the reference date are left out; the reference date carries `current`'s
 * figures, so the last day agrees with the progress bar.
 */
export function readBurnUps(
  window: ViewWindow,
  current: Pick<ViewData, 'phases'>,
  referenceDate: string | undefined,
): Record<string, BurnUp> {
  const burnUps: Record<string, BurnUp> = {};
  if (referenceDate === undefined) return burnUps;
  for (const phase of current.phases) {
    const measure = phase.progress.points && phase.progress.points.total > 0 ? 'points' : 'stories';
    const newestFirst: Day[] = [{ date: referenceDate, ...figuresOf(phase.progress, measure) }];
    for (const revision of window.revisions) {
      const date = revision.date.slice(0, 10);
      // Newest first: the first revision of a day is that day's last state; the reference day's is today's.
      if (date >= newestFirst.at(-1)!.date) continue;
      const then = revision.data.phases.find((other) => idKey(other.id) === idKey(phase.id));
      if (!then) break;
      newestFirst.push({ date, ...figuresOf(then.progress, measure) });
    }
    const days = daysThatMoved(newestFirst.reverse());
    if (days.length >= 2) burnUps[phase.id] = { measure, days };
  }
  return burnUps;
}

/** Dropped stories count for nothing, as in the progress bar. */
function figuresOf(progress: Progress, measure: BurnUp['measure']): Omit<Day, 'date'> {
  if (measure === 'stories') return { done: progress.done, scope: progress.stories - progress.dropped };
  return { done: progress.points?.done ?? 0, scope: progress.points?.total ?? 0 };
}

/** The first day, each day whose figures differ from the day before, and the last (today). */
function daysThatMoved(days: Day[]): Day[] {
  return days.filter(
    (day, index) => index === 0 || index === days.length - 1 || day.done !== days[index - 1].done || day.scope !== days[index - 1].scope,
  );
}
