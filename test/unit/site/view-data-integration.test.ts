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

const data = { view: { id: 'client', title: 'Client </script>' }, stories: [] } as unknown as ViewData;

describe('the pages get the view’s projected data', () => {
  test('in a build, as JSON written into the module (one string literal), and no problems', async () => {
    const code = moduleCode({ current: () => data });
    expect(code).toBe(`export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\nexport const previewProblems = [];`);
    const evaluated = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;
    expect(evaluated.default).toEqual(data);
    expect(evaluated.previewProblems).toEqual([]);
  });

  test('in `dev`, read in place after each reload, with the last edit’s problems', async () => {
    let current = data;
    const code = moduleCode({
      current: () => current,
      problems: () => ['a problem'],
      watch: { folder: '/content', reload: async () => {} },
    });
    expect(code).not.toContain('Client');
    const evaluate = async () =>
      (await import(`data:text/javascript,${encodeURIComponent(code)}#${Math.random()}`)) as Record<string, unknown>;
    const first = await evaluate();
    expect(first.default).toBe(data);
    expect(first.previewProblems).toEqual(['a problem']);
    current = { ...data, stories: [{ id: 'ST-1' }] } as unknown as ViewData;
    expect((await evaluate()).default).toBe(current);
  });
});
