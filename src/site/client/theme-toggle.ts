/**
 * The theme follows the system until the reader picks one; the pick is remembered. Without
 * JavaScript the button stays hidden and the system preference applies.
 */
export function setUpThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  const root = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  button.hidden = false;
  sync();
  systemDark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try {
      localStorage.setItem('backlog-docs-theme', root.dataset.theme);
    } catch {
      // Private browsing may refuse storage: the theme still changes for this page.
    }
    sync();
  });
}
