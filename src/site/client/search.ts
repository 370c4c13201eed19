import { idSearchKey, looksLikeAnId } from '../id-search-key.ts';

/**
 * The search dialog: Pagefind's JavaScript API over this site's own index, with filters by
 * status, priority, phase and tag, and full keyboard use (/ or Ctrl/Cmd-K to open, arrows to
 * move through results, Enter to open one, Escape to close). A query shaped like an id is also
 * looked up exactly (each story page has its id as a filter value), and that story comes first.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(query: string, options: { filters: Record<string, string> }, ms?: number): Promise<PagefindResponse | null>;
  search(query: string | null, options: { filters: Record<string, string> }): Promise<PagefindResponse>;
}

interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindResult> }[];
}

interface Strings {
  placeholder: string;
  noResults: string;
  results: string;
  all: string;
  filters: Record<string, string>;
}

const filterOrder = ['status', 'priority', 'phase', 'tag'];

export function setUpSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('.search-dialog');
  const openButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!dialog || !openButton) return;
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = dialog.querySelector<HTMLUListElement>('.search-results')!;
  const status = dialog.querySelector<HTMLElement>('.search-status')!;
  const filterBox = dialog.querySelector<HTMLElement>('[data-search-filters]')!;
  const strings = JSON.parse(dialog.dataset.strings!) as Strings;
  let pagefind: Promise<Pagefind> | undefined;
  let active = -1;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ dialog.dataset.pagefindSrc!).then(async (module: Pagefind) => {
      await module.options({ baseUrl: dialog.dataset.base! });
      await renderFilters(module);
      return module;
    }));

  const renderFilters = async (module: Pagefind) => {
    const available = await module.filters();
    for (const name of filterOrder) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b));
      if (values.length === 0) continue;
      const label = document.createElement('label');
      const caption = document.createElement('span');
      caption.textContent = strings.filters[name];
      const select = document.createElement('select');
      select.name = name;
      select.append(new Option(strings.all, ''), ...values.map((value) => new Option(value, value)));
      select.addEventListener('change', search);
      label.append(caption, select);
      filterBox.append(label);
    }
  };

  const selectedFilters = () =>
    Object.fromEntries(
      [...filterBox.querySelectorAll('select')].filter((select) => select.value).map((select) => [select.name, select.value]),
    );

  async function search() {
    const module = await load();
    const filters = selectedFilters();
    const query = input.value.trim();
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const response = await module.debouncedSearch(query || null!, { filters }, 150);
    if (!response) return; // superseded by a newer keystroke
    const exact = looksLikeAnId(query) ? (await module.search(null, { filters: { ...filters, id: idSearchKey(query) } })).results : [];
    if (query !== input.value.trim()) return; // typed on while the id was looked up
    const found = [...exact, ...response.results.filter((result) => !exact.some((hit) => hit.id === result.id))];
    const results = await Promise.all(found.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(...results.map(renderResult));
    active = -1;
    status.textContent = results.length === 0 ? strings.noResults : strings.results.replace('{count}', String(found.length));
  }

  const renderResult = (result: PagefindResult, index: number) => {
    const item = document.createElement('li');
    item.id = `search-result-${index}`;
    item.setAttribute('role', 'option');
    const link = document.createElement('a');
    link.href = result.url;
    link.tabIndex = -1;
    const title = document.createElement('span');
    title.className = 'search-result-title';
    title.textContent = result.meta.title ?? result.url;
    const details = document.createElement('span');
    details.className = 'search-result-meta';
    // The owner is in the index only on sites that show owners (the team's).
    details.textContent = [result.meta.id, result.meta.status, result.meta.phase, result.meta.owner].filter(Boolean).join(' · ');
    const excerpt = document.createElement('span');
    excerpt.className = 'search-result-excerpt';
    // Pagefind builds excerpts from the indexed text, escaped, with <mark> around the matches.
    excerpt.innerHTML = result.excerpt;
    link.append(title, details, excerpt);
    item.append(link);
    return item;
  };

  const move = (step: number) => {
    const items = [...list.children] as HTMLElement[];
    if (items.length === 0) return;
    items[active]?.removeAttribute('aria-selected');
    active = (active + step + items.length) % items.length;
    items[active].setAttribute('aria-selected', 'true');
    items[active].scrollIntoView({ block: 'nearest' });
    input.setAttribute('aria-activedescendant', items[active].id);
  };

  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    void load();
  };

  openButton.hidden = false;
  openButton.addEventListener('click', open);
  input.addEventListener('input', search);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      (list.children[active].querySelector('a') as HTMLAnchorElement).click();
      return;
    } else return;
    event.preventDefault();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      open();
    }
  });
}
