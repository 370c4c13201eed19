import type { AstroIntegration } from 'astro';
import type { ViewData } from '../model/view-data.ts';

const moduleId = 'virtual:backlog-docs/view';
const resolvedId = `\0${moduleId}`;

export interface LiveViewData {
  current(): ViewData;
  /** `astro dev` only: the problems of the last edit, as the terminal prints them, shown on every page until fixed. */
  problems?(): string[];
  /** Folder to watch in `astro dev`; on a change, `reload` runs and the browser reloads. */
  watch?: { folder: string; reload(): Promise<void> };
}

/**
 * Hands one view's projected data to the pages as the module `virtual:backlog-docs/view`. The raw
 * backlog never enters the site's module graph: only this projection can be imported. In a build,
 * `previewProblems` is always empty: there is no build with problems. The data is one string
 * literal given to JSON.parse: the bundler then parses one token, not an object literal of
 * thousands of stories (at 10,000 stories, megabytes of syntax tree in every view's build).
 */
export function viewDataIntegration(data: LiveViewData): AstroIntegration {
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
                load: (id: string) =>
                  id === resolvedId
                    ? `export default JSON.parse(${JSON.stringify(JSON.stringify(data.current()))});\nexport const previewProblems = ${JSON.stringify(data.problems?.() ?? [])};`
                    : undefined,
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
                  // A reload that fails (the view was renamed, say) is told, and the server goes on.
                  server.watcher.on('all', (_event: string, path: string) => {
                    if (path.startsWith(watch.folder)) reload().catch((error: unknown) => server.config.logger.error(String(error)));
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
