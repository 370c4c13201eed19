import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The 404 page, at its own file's address: served at a missing address with status 404 (as hosts
 * do), Chromium logs that status as a console error, which Lighthouse's best practices count and
 * no page can avoid. Its markup, resources and layout are the same either way.
 */
export const notFoundPage = '404.html';

// `*` stands for the first page of its kind (by folder name): one phase, epic, stakeholder, story.
const pageTypes = [
  '',
  'roadmap/',
  'backlog/',
  'board/',
  'phases/*/',
  'epics/',
  'epics/*/',
  'stakeholders/',
  'stakeholders/*/',
  'stories/*/',
  'changes/',
  'feedback/',
  'teams/',
];

/**
 * One page of each type a built site has, as paths below its base, and the 404 page. Pages a view
 * does not build (feedback on a site that does not show it) are left out.
 */
export function pageTypesOf(site: string): string[] {
  const pages = pageTypes.flatMap((path) => {
    if (!path.includes('*')) return existsSync(join(site, path, 'index.html')) ? [path] : [];
    const folder = join(site, path.slice(0, path.indexOf('*')));
    const names = existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()) : [];
    const first = names.map((entry) => entry.name).sort()[0];
    return first ? [path.replace('*', first)] : [];
  });
  return [...pages, notFoundPage];
}
