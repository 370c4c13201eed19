import type { StoryView } from '../model/view-data.ts';
import { dropUndefined } from '../projection/plain-data.ts';
import type { FeedbackItem, ItemRef, StoryFieldChange } from './backlog-diff.ts';

/** What changed in one story between two projections, field by field, in a stable order. */
export function storyChanges(
  before: StoryView,
  after: StoryView,
  references: Record<'phase' | 'epic', (ItemRef | undefined)[]>,
): StoryFieldChange[] {
  const changes: StoryFieldChange[] = [];
  for (const field of ['title', 'status', 'priority'] as const) {
    if (before[field] !== after[field]) changes.push({ field, from: before[field], to: after[field] });
  }
  if (sentenceOf(before) !== sentenceOf(after))
    changes.push(dropUndefined({ field: 'sentence' as const, from: sentenceOf(before), to: sentenceOf(after) }));
  if (before.rank !== after.rank) changes.push(dropUndefined({ field: 'rank' as const, from: before.rank, to: after.rank }));
  for (const field of ['phase', 'epic'] as const) {
    if (before[field] !== after[field]) changes.push(dropUndefined({ field, from: references[field][0], to: references[field][1] }));
  }
  for (const measure of ['points', 'personDays', 'cost'] as const) {
    const [from, to] = [before.estimate?.[measure], after.estimate?.[measure]];
    if (from !== to) changes.push(dropUndefined({ field: `estimate.${measure}` as const, from, to }));
  }
  const acceptance = diffAcceptance(before.acceptance, after.acceptance);
  if (acceptance) changes.push(acceptance);
  const feedbackKey = (item: FeedbackItem) => `${item.date}\0${item.from ?? ''}\0${item.text}`;
  const feedbackBefore = new Set(before.feedback.map(feedbackKey));
  const feedbackAfter = new Set(after.feedback.map(feedbackKey));
  const newFeedback = after.feedback.filter((item) => !feedbackBefore.has(feedbackKey(item)));
  const droppedFeedback = before.feedback.filter((item) => !feedbackAfter.has(feedbackKey(item))).length;
  if (newFeedback.length > 0 || droppedFeedback > 0)
    changes.push({
      field: 'feedback',
      // The item as written; its level (on the team's projection) is the report's business apart.
      added: newFeedback.map(({ date, from, text, ledTo }) =>
        dropUndefined({ date, from, text, ledTo: ledTo.length > 0 ? [...ledTo] : undefined }),
      ),
      removed: droppedFeedback,
    });
  if (before.owner !== after.owner) changes.push(dropUndefined({ field: 'owner' as const, from: before.owner, to: after.owner }));
  const linkText = (link: { title: string; url: string }) => `${link.title} (${link.url})`;
  for (const [field, from, to] of [
    ['stakeholders', before.stakeholders, after.stakeholders],
    ['dependsOn', before.dependsOn, after.dependsOn],
    ['tags', before.tags, after.tags],
    ['links', before.links.map(linkText), after.links.map(linkText)],
  ] as const) {
    const list = diffList(from, to);
    if (list) changes.push({ field, ...list });
  }
  if (before.html !== after.html) changes.push({ field: 'text' });
  return changes;
}

function diffAcceptance(before: StoryView['acceptance'], after: StoryView['acceptance']): StoryFieldChange | undefined {
  const wasDone = new Map(before.map((item) => [item.text, item.done]));
  const isDone = new Map(after.map((item) => [item.text, item.done]));
  const change = {
    field: 'acceptance' as const,
    added: after.filter((item) => !wasDone.has(item.text)).map((item) => item.text),
    removed: before.filter((item) => !isDone.has(item.text)).map((item) => item.text),
    ticked: after.filter((item) => item.done && wasDone.get(item.text) === false).map((item) => item.text),
    unticked: after.filter((item) => !item.done && wasDone.get(item.text) === true).map((item) => item.text),
  };
  return change.added.length + change.removed.length + change.ticked.length + change.unticked.length > 0 ? change : undefined;
}

function diffList(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } | undefined {
  const added = after.filter((item) => !before.includes(item));
  const removed = before.filter((item) => !after.includes(item));
  return added.length + removed.length > 0 ? { added, removed } : undefined;
}

function sentenceOf(story: StoryView): string | undefined {
  if (story.as === undefined && story.want === undefined && story.soThat === undefined) return undefined;
  return [story.as && `As ${story.as}`, story.want && `I want ${story.want}`, story.soThat && `so that ${story.soThat}`]
    .filter(Boolean)
    .join(', ');
}
