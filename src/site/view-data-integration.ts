import type { AstroIntegration } from 'astro';
import type { ViewData } from '../model/view-data.ts';

const moduleId = 'virtual:backlog-docs/view';
const resolvedId = `\0${moduleId}`;
// Where `astro dev` finds the live data: its pages run in this process, in Vite's module runner.
const liveDataKey = 'backlog-docs:live-view-data';

export interface LiveViewData {
  current(): ViewData;
  /** `astro dev` only: the problems of the last edit, as the terminal prints them, shown on every page until fixed. */
  problems?(): string[];
  /**
   * `astro dev` only: the folder to watch; on a change, `reload` runs and the browser reloads. The
   * pages then read the data in place (they run in this process) rather than from JSON.
   */
  watch?: { folder: string; reload(): Promise<void> };
}

/**
 * Hands one view's projected data to the pages as the module `virtual:backlog-docs/view`. The raw
 * backlog never enters the site's module graph: only this projection can be imported. A build
 * writes it into the module as JSON, and `previewProblems` is always empty: there is no build with
 * problems. The JSON is one string literal given to JSON.parse: the bundler then parses one token,
 * not an object literal of thousands of stories. `astro dev` hands the pages the data as it is,
 * without JSON: at 5,000 stories, Vite took seconds to transform a module that size again after
 * each edit (issue 15, point 5).
 */
export function viewDataIntegration(data: LiveViewData): AstroIntegration {
  if (data.watch) (globalThis as Record<string, unknown>)[liveDataKey] = data;
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
                  if (data.watch) return liveModule;
                  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data.current()))});\nexport const previewProblems = ${JSON.stringify(data.problems?.() ?? [])};`;
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

// Evaluated again after each reload, when the module is invalidated: the pages then read the new data.
const liveModule = [
  `const live = globalThis[${JSON.stringify(liveDataKey)}];`,
  'export default live.current();',
  'export const previewProblems = live.problems?.() ?? [];',
].join('\n');
