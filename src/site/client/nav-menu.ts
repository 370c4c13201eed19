/**
 * The phone's menu button opens the nav popover without JavaScript; this writes its state as
 * `aria-expanded` too, for assistive technology that reads the attribute rather than the popover.
 */
export function setUpNavMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.menu-button');
  const nav = document.getElementById('site-nav');
  if (!button || !nav) return;
  button.setAttribute('aria-expanded', 'false');
  nav.addEventListener('toggle', (event) => button.setAttribute('aria-expanded', String(event.newState === 'open')));
}
