/**
 * Filters the backlog's stories in the browser: the table's rows, or the board's cards (`items`).
 * Without JavaScript the form stays hidden and every story shows. Filters are kept in the URL query
 * so a filtered view can be shared; `afterApply` runs after each change (the board lays its cards out).
 */
export function setUpBacklogFilters(items = '.backlog-table tbody tr', afterApply?: () => void): void {
  const form = document.querySelector<HTMLFormElement>('[data-backlog-filters]');
  if (!form) return;
  const rows = [...document.querySelectorAll<HTMLElement>(items)];
  const count = form.querySelector<HTMLElement>('.filter-count')!;
  const template = count.textContent ?? '';
  const total = rows.length;
  const fields = ['text', 'status', 'priority', 'phase', 'owner', 'visibility', 'tag'];

  const params = new URLSearchParams(location.search);
  for (const name of fields) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field && params.has(name)) field.value = params.get(name)!;
  }

  const apply = () => {
    const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    const text = value('text').toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible =
        (!text || row.dataset.text!.includes(text)) &&
        (!value('status') || row.dataset.status === value('status')) &&
        (!value('priority') || row.dataset.priority === value('priority')) &&
        (!value('phase') || row.dataset.phase === value('phase')) &&
        (!value('owner') || row.dataset.owner === value('owner')) &&
        (!value('visibility') || row.dataset.visibility === value('visibility')) &&
        (!value('tag') || row.dataset.tags!.split('\n').includes(value('tag')));
      row.hidden = !visible;
      if (visible) shown++;
    }
    // The count sentence is rendered server-side in the site's language; only the numbers change.
    count.textContent = template.replace(String(total), String(shown));
    // Other parameters (the board's grouping) stay as they are.
    const query = new URLSearchParams([...new URLSearchParams(location.search)].filter(([name]) => !fields.includes(name)));
    // The filters in the form's order, whichever was chosen first: one filtered view, one address.
    for (const name of fields) if (value(name)) query.set(name, value(name));
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
    afterApply?.();
  };

  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
