import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attachDiagrams } from '../../../src/build/attach-diagrams.ts';
import { projectBacklogForView } from '../../../src/projection/project-backlog.ts';
import { checkInFolder, contentWithScenario } from '../../helpers/fixture-content.ts';

// Each class of leak of the issue "Close the leaks", written the same way into a Markdown story,
// an MDX story and a phase body: the same pipeline must refuse it, or keep it off the client site.
type Where = 'story.md' | 'story.mdx' | 'phase';
const places: Where[] = ['story.md', 'story.mdx', 'phase'];

function backlogWith(where: Where, body: string) {
  const work = contentWithScenario();
  const content = join(work, 'content');
  writeFileSync(join(content, 'views', 'client.yaml'), 'title: Client\nlevel: client\nbase: /client/\n');
  mkdirSync(join(content, 'stories', 'secret'));
  writeFileSync(
    join(content, 'stories', 'secret', 'ST-9.md'),
    '---\ntitle: Hidden CANARY_HIDDEN\nstatus: draft\npriority: could\n---\nCANARY_HIDDEN_SOURCE\n',
  );
  writeFileSync(
    join(content, 'script.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
  );
  if (where === 'phase') writeFileSync(join(content, 'phases', 'p2.md'), `---\ntitle: Pilot\norder: 2\nvisibility: client\n---\n${body}\n`);
  else
    writeFileSync(
      join(content, 'stories', `ST-5.${where.split('.')[1]}`),
      `---\ntitle: The story\nstatus: draft\npriority: could\nvisibility: client\n---\n${body}\n`,
    );
  return checkInFolder(work);
}

/** The client site's HTML of the body (diagrams left for the browser), for a body check accepts. */
async function clientHtml(where: Where, body: string): Promise<string> {
  const { rendered, problems } = await backlogWith(where, body);
  expect(problems).toEqual([]);
  const data = await attachDiagrams(projectBacklogForView(rendered!, 'client'), undefined);
  return where === 'phase' ? data.phases.find((phase) => phase.id === 'p2')!.html : data.stories.find((story) => story.id === 'ST-5')!.html;
}

// Stories and phases both sit one folder below the content root: `../` reaches it from either.
describe.each(places)('in a %s', (where) => {
  test.each([
    ['a fence never closed that swallows a block', 'Notes:\n\n```\ncode\n:::internal\nCANARY\n:::\n', /inside a code block/],
    ['an invisible character before an opener', 'Intro.\n\n\u200b:::internal\nCANARY\n:::\n', /reads it as text/],
    ['a block closed by the fence of a block inside it', ':::internal\nA\n\n:::client\nB\n:::\n\nCANARY\n', /ends with the ":::"/],
    ['a content file used as an image', `![x](../stories/secret/ST-9.md)`, /is not an image file/],
    ['an SVG with an event attribute', `![x](../script.svg)`, /event attribute/],
    ['a relative link to a file that is no item', `[spec](../project.yaml)`, /does not point at a story/],
    ['a Mermaid syntax error', '```mermaid\ngantt\n  Task :a1, 2026-13-45, 3d\n```', /Mermaid cannot read this diagram/],
  ])('%s is refused by check', async (_case, body, message) => {
    const { problems } = await backlogWith(where, body);
    expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(message));
  });

  test('a link to a hidden story is plain text, naming neither its file nor its id', async () => {
    const html = await clientHtml(where, `See [the vendor notes](../stories/secret/ST-9.md).`);
    expect(html).toContain('See the vendor notes.');
    expect(html).not.toMatch(/secret|ST-9|st-9/);
  });

  test('a trailing Mermaid comment is not published', async () => {
    const html = await clientHtml(where, '```mermaid\npie title Harvest\n  "Wheat" : 60 %% CANARY_TRAILING\n```');
    expect(html).toContain('Harvest');
    expect(html).not.toContain('CANARY_TRAILING');
  });

  test('body HTML cannot cover the page or shadow its globals', async () => {
    const html = await clientHtml(where, '<div style="position: fixed; inset: 0" id="backlogDocsMermaid">Sign in</div>');
    expect(html).toContain('<div id="user-content-backlogDocsMermaid">Sign in</div>');
  });
});

// MDX has no HTML comments (`{/* … */}` instead): a Markdown story and a phase body.
describe.each(['story.md', 'phase'] as const)('in a %s', (where) => {
  test('an HTML comment a browser ends early is refused', async () => {
    const { problems } = await backlogWith(where, '<!-- note --!> CANARY -->');
    expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(/HTML comment ends earlier/));
  });
});
