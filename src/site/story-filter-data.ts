import type { StoryView } from '../model/view-data.ts';

/** What the backlog's filters (client/backlog-filters.ts) read, on a backlog row or a board card. */
export function storyFilterData(story: StoryView, showOwners: boolean): Record<`data-${string}`, string> {
  return {
    'data-status': story.status,
    'data-priority': story.priority,
    'data-phase': story.phase ?? '',
    'data-tags': story.tags.join('\n'),
    // Only where the view shows owners, and on the team's site its levels (src/projection/).
    ...(showOwners ? { 'data-owner': story.owner ?? '' } : {}),
    ...(story.visibility === undefined ? {} : { 'data-visibility': story.visibility }),
    'data-text': `${story.id} ${story.title}`.toLowerCase(),
  };
}
