/**
 * Lays the board's cards out in the grouping the reader picks (none, phase, epic; `?group=` in the
 * URL), once the backlog's filters have hidden what they exclude. The page renders the cards once,
 * ungrouped (what shows without JavaScript), and an empty skeleton of lanes and columns for each
 * other grouping: cards move between them. Finished columns show their most recent visible cards
 * and put the rest behind "Show all". Returns the layout, for the filters to call after each change.
 */
export function setUpBoardLayout(): () => void {
  const board = document.querySelector<HTMLElement>('[data-board]');
  const select = document.querySelector<HTMLSelectElement>('[data-backlog-filters] select[name="group"]');
  if (!board || !select) return () => {};
  const limit = Number(board.dataset.recentCards);
  // Document order is board order (finished work most recent first): every layout keeps it.
  const cards = [...board.querySelectorAll<HTMLElement>('.card')];
  const groupings = [...board.querySelectorAll<HTMLElement>('[data-grouping]')];
  const asked = new URLSearchParams(location.search).get('group');
  if ([...select.options].some((option) => option.value === asked)) select.value = asked!;

  return () => {
    const grouping = groupings.find((candidate) => candidate.dataset.grouping === select.value)!;
    for (const candidate of groupings) candidate.hidden = candidate !== grouping;
    const key = select.value as '' | 'phase' | 'epic';
    const columns = new Map<string, HTMLElement>();
    for (const column of grouping.querySelectorAll<HTMLElement>('.board-column'))
      columns.set(`${column.closest<HTMLElement>('.board-lane')!.dataset.lane}\n${column.dataset.status}`, column);
    const shown = new Map<HTMLElement, number>();
    for (const card of cards) {
      const column = columns.get(`${key ? card.dataset[key] : ''}\n${card.dataset.status}`)!;
      const index = shown.get(column) ?? 0;
      const more = column.querySelector('.board-more');
      (more && !card.hidden && index >= limit ? more : column).querySelector('.board-cards')!.append(card);
      if (!card.hidden) shown.set(column, index + 1);
    }
    for (const column of columns.values()) {
      const count = shown.get(column) ?? 0;
      column.querySelector('.column-count')!.textContent = String(count);
      const more = column.querySelector<HTMLDetailsElement>('.board-more');
      if (more) {
        more.hidden = count <= limit;
        more.querySelector('.more-count')!.textContent = String(count);
      }
    }
    // A lane the filters emptied goes; its count follows the filters.
    for (const lane of grouping.querySelectorAll<HTMLElement>('.board-lane')) {
      const count = lane.querySelectorAll('.card:not([hidden])').length;
      lane.hidden = count === 0 && Boolean(key);
      const laneCount = lane.querySelector('.lane-count');
      if (laneCount) laneCount.textContent = String(count);
    }
    const query = new URLSearchParams(location.search);
    if (key) query.set('group', key);
    else query.delete('group');
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
  };
}
