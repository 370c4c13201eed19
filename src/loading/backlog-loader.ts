import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { formatContentProblem } from '../problems/content-problem.ts';
import type { EntrySchemas } from '../schemas/index.ts';
import { createEntrySchemas, projectSchema, schemaSettingsOf } from '../schemas/index.ts';
import type { Backlog } from './backlog.ts';
import { loadBacklog } from './load-backlog.ts';

/** Content problems, thrown only where Astro itself loads content (`astro dev`), as readable text. */
export class ContentProblemsError extends Error {
  constructor(problems: Parameters<typeof formatContentProblem>[0][]) {
    super(`The backlog has ${problems.length} content problem(s):\n\n${problems.map(formatContentProblem).join('\n\n')}`);
    this.name = 'ContentProblemsError';
    this.stack = this.message;
  }
}

// Astro evaluates content.config.ts in its own module graph, so a backlog that the build script
// has already validated is handed over through a process-wide registry rather than a module import.
const registry = Symbol.for('backlog-docs.validated-backlogs');

function sharedBacklogs(): Map<string, Backlog> {
  const scope = globalThis as { [registry]?: Map<string, Backlog> };
  return (scope[registry] ??= new Map());
}

/** Lets the site builds of this process reuse a backlog validated once, instead of reading it again. */
export function shareValidatedBacklog(contentDir: string, backlog: Backlog): void {
  sharedBacklogs().set(resolve(contentDir), backlog);
}

/**
 * Astro loaders for every collection, all fed by one `loadBacklog` of the content folder: the same
 * reading, schemas and cross-checks as `npm run check`. Data is stored already validated, so Astro
 * does not parse it a second time; the schemas are given for type generation.
 */
export function createBacklogLoaders(contentDir: string) {
  let loading: Backlog | undefined;
  const backlog = () => {
    if (loading) return loading;
    const shared = sharedBacklogs().get(resolve(contentDir));
    if (shared) return (loading = shared);
    const result = loadBacklog(contentDir);
    if (!result.backlog) throw new ContentProblemsError(result.problems);
    return (loading = result.backlog);
  };
  const settings = schemaSettingsOf(backlog().project);
  const schemas: EntrySchemas = createEntrySchemas(settings);

  const loaderFor = (collection: keyof EntrySchemas): Loader => ({
    name: `backlog-${collection}`,
    schema: schemas[collection],
    async load({ store }) {
      store.clear();
      for (const entry of backlog()[collection]) store.set({ id: entry.id, data: { ...entry.data }, body: entry.body });
    },
  });

  return {
    project: {
      name: 'backlog-project',
      schema: projectSchema,
      async load({ store }) {
        store.clear();
        store.set({ id: 'project', data: { ...backlog().project } });
      },
    } satisfies Loader,
    views: loaderFor('views'),
    phases: loaderFor('phases'),
    epics: loaderFor('epics'),
    stakeholders: loaderFor('stakeholders'),
    stories: loaderFor('stories'),
  };
}
