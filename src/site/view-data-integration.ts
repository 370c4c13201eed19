import { randomUUID } from 'node:crypto';
import type { AstroIntegration } from 'astro';
import type { ViewData } from '../model/view-data.ts';

const moduleId = 'virtual:backlog-docs/view';
const resolvedId = `\0${moduleId}`;

export interface LiveViewData {
  /** The view's data; in a build begun before its diagrams were drawn, the promise of it. */
  current(): ViewData | Promise<ViewData>;
  /** `astro dev` only: the problems of the last edit, as the terminal prints them, shown on every page until fixed. */
  problems?(): string[];
  /**
   * `astro dev` only: the folder to watch; on a change, `reload` runs and the browser reloads.
   */
  watch?: { folder: string; reload(): Promise<void> };
}

/**
 * Hands one view's projected data to the pages as the module `virtual:backlog-docs/view`. The raw
 * backlog never enters the site's module graph: only this projection can be imported. The pages
 * read it in place, in this process (a build prerenders its pages here; `astro dev` runs them in
 * Vite's module runner), through a key of this integration's own: a second site built in the same
 * process could never read this one's data. No JSON goes through the bundler, which took seconds
 * on a module of thousands of stories (issue 15), and a build can begin before the data is ready:
 * the pages wait for it when they are rendered. A build has no problems to show.
 */
export function viewDataIntegration(data: LiveViewData): AstroIntegration {
  const key = `backlog-docs:view-data:${randomUUID()}`;
  (globalThis as Record<string, unknown>)[key] = data;
  return {
    name: 'backlog-docs:view-data',
    hooks: {
      'astro:config:setup'({ updateConfig }) {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'backlog-docs:view-data',
                resolveId: (id: string) => (id === moduleId ? resolvedId : undefined),
                load: (id: string) => {
                  if (id !== resolvedId) return undefined;
                  return liveModule(key);
                },
                configureServer(server) {
                  const watch = data.watch;
                  if (!watch) return;
                  server.watcher.add(watch.folder);
                  const reload = async () => {
                    await watch.reload();
                    for (const environment of Object.values(server.environments)) {
                      const module = environment.moduleGraph.getModuleById(resolvedId);
                      if (module) environment.moduleGraph.invalidateModule(module);
                    }
                    server.ws.send({ type: 'full-reload' });
                  };
                  // Edits made during a reload are read by one more reload after it, never by two at
                  // once: the last to finish could be the older. A reload that fails (the view was
                  // renamed, say) is told, and the server goes on.
                  let running: Promise<void> | undefined;
                  let again = false;
                  const schedule = () => {
                    again = true;
                    running ??= (async () => {
                      while (again) {
                        again = false;
                        await reload().catch((error: unknown) => server.config.logger.error(String(error)));
                      }
                      running = undefined;
                    })();
                  };
                  server.watcher.on('all', (_event: string, path: string) => {
                    if (path.startsWith(watch.folder)) schedule();
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}

// In `dev`, evaluated again after each reload, when the module is invalidated: the pages then read the new data.
const liveModule = (key: string) =>
  [
    `const live = globalThis[${JSON.stringify(key)}];`,
    'export default await live.current();',
    'export const previewProblems = live.problems?.() ?? [];',
  ].join('\n');
