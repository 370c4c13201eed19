import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import type { ViewData } from '../../../src/model/view-data.ts';
import { viewDataIntegration, type LiveViewData } from '../../../src/site/view-data-integration.ts';

/** The code the integration's Vite plugin gives for `virtual:backlog-docs/view`. */
function moduleCode(data: LiveViewData): string {
  const integration: AstroIntegration = viewDataIntegration(data);
  let plugin: { resolveId(id: string): string | undefined; load(id: string): string | undefined } | undefined;
  const setup = integration.hooks['astro:config:setup'] as (options: { updateConfig(config: unknown): void }) => void;
  setup({ updateConfig: (config) => ([plugin] = (config as { vite: { plugins: (typeof plugin)[] } }).vite.plugins) });
  return plugin!.load(plugin!.resolveId('virtual:backlog-docs/view')!)!;
}

/** Each call evaluates the module afresh, as a reload does. */
const evaluate = async (code: string) =>
  (await import(`data:text/javascript,${encodeURIComponent(code)}#${Math.random()}`)) as Record<string, unknown>;

const data = { view: { id: 'client', title: 'Client </script>' }, stories: [] } as unknown as ViewData;

describe('the pages get the view’s projected data', () => {
  test('in a build, read in place (no JSON in the module), waited for when it is still coming, with no problems', async () => {
    const coming = Promise.withResolvers<ViewData>();
    const code = moduleCode({ current: () => coming.promise });
    expect(code).not.toContain('Client');
    const evaluated = evaluate(code);
    let settled = false;
    void evaluated.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    coming.resolve(data);
    expect((await evaluated).default).toBe(data);
    expect((await evaluated).previewProblems).toEqual([]);
  });

  test('two sites built in one process never read each other’s data', async () => {
    const other = { ...data, view: { id: 'team', title: 'Team' } } as unknown as ViewData;
    const first = moduleCode({ current: () => data });
    const second = moduleCode({ current: () => other });
    expect(first).not.toBe(second);
    expect((await evaluate(first)).default).toBe(data);
    expect((await evaluate(second)).default).toBe(other);
  });

  test('in `dev`, read in place after each reload, with the last edit’s problems', async () => {
    let current = data;
    const code = moduleCode({
      current: () => current,
      problems: () => ['a problem'],
      watch: { folder: '/content', reload: async () => {} },
    });
    expect(code).not.toContain('Client');
    const first = await evaluate(code);
    expect(first.default).toBe(data);
    expect(first.previewProblems).toEqual(['a problem']);
    current = { ...data, stories: [{ id: 'ST-1' }] } as unknown as ViewData;
    expect((await evaluate(code)).default).toBe(current);
  });
});
