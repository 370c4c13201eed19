import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findInFiles, hashTree, readSiteFiles, visibleText } from '../../helpers/built-files.ts';
import { findChromium } from '../../helpers/chromium.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { runScript } from '../../helpers/run-script.ts';

// The leak fixture puts a unique canary in every kind of content that some view must not show.
const hiddenFromClient = [
  'CANARY_HIDDEN_STORY_TITLE',
  'CANARY_HIDDEN_STORY_BODY',
  'SECRETSTORY',
  'CANARY_HIDDEN_TAG',
  'CANARY_HIDDEN_PHASE',
  'CANARY_HIDDEN_PHASE_BODY',
  'CANARY_HIDDEN_EPIC',
  'CANARY_HIDDEN_EPIC_BODY',
  'secret-epic',
  'CANARY_HIDDEN_STAKEHOLDER',
  'CANARY_HIDDEN_STAKEHOLDER_TEXT',
  'secret-vendor',
  'CANARY_HIDDEN_MILESTONE',
  'CANARY_UNMARKED_MILESTONE',
  'CANARY_HIDDEN_FEEDBACK',
  'CANARY_INTERNAL_BLOCK',
  'CANARY_PHASE_INTERNAL_BLOCK',
  'CANARY_SUMMARY_INTERNAL',
  'CANARY_OWNER_NAME',
  'CANARY_UNMARKED_STORY',
  'CANARY_HIDDEN_IMAGE',
  '03b1cc0835146b6b', // content-hashed name of the image only the hidden story uses
  '424,242', // cost of the hidden story
  '424242', // the same, as backlog.csv and backlog.json write it
  'CANARY_HIDDEN_MERMAID',
  'CANARY_MDX_INTERNAL',
  'CANARY_FENCE_IN_LIST',
  'CANARY_BACKTICK_INFO',
  'CANARY_FENCE_IN_HTML',
  'CANARY_PHASE_FENCE_IN_LIST',
  'CANARY_MDX_FENCE_IN_LIST',
  'secret/',
  'CANARY_HIDDEN_TEAM_ROLE',
  'CANARY_HIDDEN_PHASE_ROLE',
];
// Never published anywhere, not even on the team's site.
const neverPublished = [
  'CANARY_HTML_COMMENT',
  'CANARY_SCRIPT',
  'CANARY_ONERROR',
  'CANARY_JS_URL',
  'CANARY_MERMAID_COMMENT',
  'CANARY_MERMAID_TRAILING',
  'CANARY_PIE_TRAILING',
  'CANARY_MDX_COMMENT',
  'securityLevel": "loose',
];
// Hidden from the public site on top of the above: client-level content and fields public does not show.
const hiddenFromPublic = [
  ...hiddenFromClient,
  'CLIENT_BLOCK_OK',
  'CLIENT_STORY_OK',
  'CLIENT_FEEDBACK_OK',
  'FEEDBACK_PUBLIC_OK',
  'Pilot farmers',
  '31337',
  '31,337',
  '777 points',
  '27311',
  '27,311',
  'CLIENT_TEAM_ROLE_OK',
  '6173', // person-days of the board in the open phase: the public site shows no estimates
  '6,173',
];

let work: string;
const site = (out: string, view: string) => readSiteFiles(join(work, out, view));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'backlog-docs-site-'));
  // Outside any git repository: no history dates, no reference date, as for a first build.
  cpSync(join(fixturesDir, 'leaks'), join(work, 'content'), { recursive: true });
  writeFileSync(
    join(work, 'content', 'stories', 'LK-6.mdx'),
    [
      '---\ntitle: A story written in MDX\nstatus: draft\npriority: could\nvisibility: public\n---',
      '{/* CANARY_MDX_COMMENT: an MDX comment is a note, never published. */}',
      '',
      'Rendered as MDX: MDX_EXPRESSION_{6 * 7}, and <mark>inline HTML</mark>.',
      '',
      ":::internal\nThe team's note CANARY_MDX_INTERNAL, {'also ' + 'MDX'}.\n:::",
      '',
      '- an item with a fence left open\n  ```\n  code\n:::internal\nCANARY_MDX_FENCE_IN_LIST\n:::',
    ].join('\n'),
  );
  const build = runScript('build', ['--content', 'content', '--out', 'out-a'], { cwd: work });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('each view is a separate site that holds nothing it must not show', () => {
  test('the public site has no canary in any file', () => {
    expect(findInFiles(site('out-a', 'public'), [...hiddenFromPublic, ...neverPublished])).toEqual({});
  });

  test('the client site has no internal canary in any file', () => {
    expect(findInFiles(site('out-a', 'client'), [...hiddenFromClient, ...neverPublished])).toEqual({});
  });

  test('a view filtered by stakeholder keeps only the stories that concern them', () => {
    const files = site('out-a', 'board-only');
    expect(findInFiles(files, [...hiddenFromClient, ...neverPublished, 'CLIENT_STORY_OK'])).toEqual({});
    expect(files.has('stories/lk-1/index.html')).toBe(true);
    expect(files.has('stories/lk-3/index.html')).toBe(false);
  });

  test("each site's search index is its own and holds no hidden text", () => {
    for (const view of ['public', 'client', 'board-only']) {
      const index = new Map([...site('out-a', view)].filter(([path]) => path.startsWith('pagefind/')));
      expect(
        [...index.keys()].some((path) => path.startsWith('pagefind/fragment/')),
        view,
      ).toBe(true);
      expect(findInFiles(index, [...hiddenFromClient, ...neverPublished]), view).toEqual({});
    }
    const publicIndex = new Map([...site('out-a', 'public')].filter(([path]) => path.startsWith('pagefind/')));
    expect(findInFiles(publicIndex, ['BODY_PUBLIC_OK', 'CLIENT_BLOCK_OK', 'PUBLIC_MERMAID_OK'])).toEqual({
      BODY_PUBLIC_OK: expect.any(Array),
    });
    const teamIndex = new Map([...site('out-a', 'team')].filter(([path]) => path.startsWith('pagefind/')));
    expect(Object.keys(findInFiles(teamIndex, ['CANARY_HIDDEN_STORY_BODY', 'CANARY_INTERNAL_BLOCK']))).toHaveLength(2);
  });

  test('the team site holds every canary, so the scans above can find them', () => {
    const found = findInFiles(site('out-a', 'team'), hiddenFromClient);
    expect(Object.keys(found).sort()).toEqual([...hiddenFromClient].sort());
    expect(findInFiles(site('out-a', 'team'), neverPublished)).toEqual({});
  });

  test("every site has its exports, which the scans above read: the team's hold hidden content, the others' do not", () => {
    for (const view of ['public', 'client', 'board-only', 'team']) {
      expect(site('out-a', view).has('backlog.csv'), view).toBe(true);
      expect(site('out-a', view).has('backlog.json'), view).toBe(true);
    }
    const exportsOf = (view: string) => new Map([...site('out-a', view)].filter(([path]) => path.startsWith('backlog.')));
    const team = findInFiles(exportsOf('team'), ['CANARY_HIDDEN_STORY_TITLE', 'CANARY_OWNER_NAME', '424242', 'CANARY_HIDDEN_PHASE']);
    expect(team).toEqual({
      CANARY_HIDDEN_STORY_TITLE: ['backlog.csv', 'backlog.json'],
      CANARY_OWNER_NAME: ['backlog.csv', 'backlog.json'],
      '424242': ['backlog.csv', 'backlog.json'],
      CANARY_HIDDEN_PHASE: ['backlog.csv', 'backlog.json'],
    });
    expect(findInFiles(exportsOf('client'), hiddenFromClient)).toEqual({});
    expect(findInFiles(exportsOf('public'), hiddenFromPublic)).toEqual({});
  });

  test('what a view may show is there', () => {
    const publicSite = site('out-a', 'public');
    const story = publicSite.get('stories/lk-1/index.html')!;
    expect(story).toContain('BODY_PUBLIC_OK');
    expect(story).toContain('Depends on 1 item not shown here.');
    expect(publicSite.get('index.html')).toContain('SUMMARY_PUBLIC_OK');
    expect(publicSite.get('_assets/cd057e2dfa8004fc.svg')).toContain('PUBLIC_IMAGE_OK');
    expect(publicSite.get('stories/lk-6/index.html')).toContain('MDX_EXPRESSION_42, and <mark>inline HTML</mark>');
    expect(site('out-a', 'team').get('stories/lk-6/index.html')).toContain('CANARY_MDX_INTERNAL, also MDX.');
    const clientStory = site('out-a', 'client').get('stories/lk-1/index.html')!;
    expect(clientStory).toContain('CLIENT_BLOCK_OK');
    expect(clientStory).toContain('CLIENT_FEEDBACK_OK');
    expect(clientStory).toContain('€31,337');
    // Its only dependency is hidden: the site says so, without an empty list before it.
    const onlyHiddenDependency = visibleText(site('out-a', 'client').get('stories/lk-3/index.html')!);
    expect(onlyHiddenDependency).toContain('Depends on Depends on 1 item not shown here.');
    expect(onlyHiddenDependency).not.toContain('No stories.');
    const logo = /<img src="\/client\/(_assets\/[0-9a-f]{16}\.svg)"/.exec(clientStory)?.[1];
    expect(site('out-a', 'client').get(logo!)).toContain('CLIENT_LOGO_OK');
  });

  test('a link to another story leads to its page where the view shows it, and is plain text where not', () => {
    const link = (view: string) => /Related: (.*?)<\/p>/.exec(site('out-a', view).get('stories/lk-3/index.html')!)![1];
    expect(link('client')).toBe('<a href="/client/stories/lk-1/">the first story</a>, the vendor’s one.');
    expect(link('team')).toBe(
      '<a href="/team/stories/lk-1/">the first story</a>, <a href="/team/stories/secretstory-1/">the vendor’s one</a>.',
    );
  });

  test('titles are escaped, never markup', () => {
    const story = site('out-a', 'public').get('stories/lk-1/index.html')!;
    expect(story).toContain('&lt;b&gt;ESCAPED_TITLE_OK&lt;/b&gt;');
    expect(story).not.toContain('<b>ESCAPED_TITLE_OK');
  });

  test('the 404 page, served at any missing address, claims no canonical address', () => {
    expect(site('out-a', 'public').get('index.html')).toContain('<link rel="canonical" href="https://roadmap.example.org/"');
    expect(site('out-a', 'public').get('404.html')).not.toContain('rel="canonical"');
  });

  test('no HTML comment reaches any page', () => {
    for (const view of ['public', 'client', 'team']) {
      const comments = [...site('out-a', view)]
        .filter(([path, text]) => path.endsWith('.html') && text.includes('<!--'))
        .map(([path]) => path);
      expect(comments, view).toEqual([]);
    }
  });

  test('each site lives under its own base, with a sitemap only when it has a URL', () => {
    const client = site('out-a', 'client');
    expect(client.get('index.html')).toContain('href="/client/backlog/"');
    expect(client.has('sitemap.xml')).toBe(false);
    const sitemap = site('out-a', 'public').get('sitemap.xml')!;
    expect(sitemap).toContain('<loc>https://roadmap.example.org/stories/lk-1/</loc>');
    expect(sitemap).not.toContain('404');
  });

  test('a site speaks its view locale, and its search index stems that language', () => {
    expect(JSON.parse(site('out-a', 'board-only').get('pagefind/pagefind-entry.json')!).languages).toHaveProperty('fr');
    expect(JSON.parse(site('out-a', 'client').get('pagefind/pagefind-entry.json')!).languages).toHaveProperty('en');
    const boardOnly = site('out-a', 'board-only');
    expect(boardOnly.get('index.html')).toContain('<html lang="fr"');
    expect(boardOnly.get('stories/lk-1/index.html')).toContain('<span class="badge status active">En cours</span>');
    expect(boardOnly.get('stories/lk-1/index.html')).toContain('Dépend de 1 élément non affiché ici.');
    // The story's sentence joins the content's words with the content's (English), marked as such.
    expect(boardOnly.get('stories/lk-1/index.html')).toContain(
      '<p class="story-sentence" lang="en">As a farmer, I want to see the roadmap, so that I can plan my season.</p>',
    );
    expect(site('out-a', 'client').get('stories/lk-1/index.html')).toContain(
      '<p class="story-sentence">As a farmer, I want to see the roadmap, so that I can plan my season.</p>',
    );
  });
});

describe('the team sees who sees what, and no other site learns of levels (issue 13)', () => {
  const marks = ['data-visibility', 'level-block', 'level-badge', 'badge visibility', 'class="view-as'];

  test('the public, client and board sites hold no level mark in any page, and no level above their own', () => {
    for (const view of ['public', 'client', 'board-only']) {
      const pages = new Map([...site('out-a', view)].filter(([path]) => /\.(html|json|xml)$/.test(path)));
      expect(findInFiles(pages, [...marks, 'internal']), view).toEqual({});
    }
  });

  test("a story page's main element carries its level on the team's site only", () => {
    const main = (view: string, story: string) => /<main [^>]*>/.exec(site('out-a', view).get(`stories/${story}/index.html`)!)![0];
    expect(main('team', 'secretstory-1')).toContain('data-visibility="internal"');
    expect(main('team', 'lk-1')).toContain('data-visibility="public"');
    expect(main('public', 'lk-1')).toBe('<main id="content" tabindex="-1">');
    expect(main('client', 'lk-3')).toBe('<main id="content" tabindex="-1">');
  });

  test('badges name the level of stories, milestones and feedback; blocks are outlined with theirs', () => {
    const team = site('out-a', 'team');
    const story = team.get('stories/lk-1/index.html')!;
    const badges = [
      ...story.matchAll(/<span class="badge visibility [a-z-]+"><span class="visually-hidden">Visibility: <\/span>(\w+)<\/span>/g),
    ];
    // The story's own, then its dependencies (the hidden one's too), then its three pieces of feedback.
    expect(badges.map((match) => match[1])).toEqual(['public', 'public', 'internal', 'public', 'internal', 'client']);
    expect(story).toContain(
      '<div class="level-block restricted" data-visibility="client"><p class="level-badge">client</p><p>Client block',
    );
    expect(story).toContain(
      '<div class="level-block team-only" data-visibility="internal"><p class="level-badge">internal</p><p>CANARY_INTERNAL_BLOCK',
    );
    expect(team.get('phases/open/index.html')).toMatch(/CANARY_HIDDEN_MILESTONE\s*<span class="badge visibility team-only">/);
  });

  test('"view as" links lead to the same page on each lower site with an address that shows it', () => {
    const team = site('out-a', 'team');
    const viewAs = (page: string) =>
      [...(/<p class="view-as[^>]*>(.*?)<\/p>/.exec(team.get(page)!)?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    // Only the public view sets `site`: the client's site, which also shows LK-1 and LK-3, has no address to link to.
    expect(viewAs('stories/lk-1/index.html')).toEqual(['https://roadmap.example.org/stories/lk-1/']);
    expect(site('out-a', 'public').has('stories/lk-1/index.html')).toBe(true);
    expect(viewAs('stories/lk-3/index.html')).toEqual([]);
    expect(viewAs('stories/secretstory-1/index.html')).toEqual([]);
    expect(viewAs('phases/open/index.html')).toEqual(['https://roadmap.example.org/phases/open/']);
    expect(viewAs('epics/open-epic/index.html')).toEqual(['https://roadmap.example.org/epics/open-epic/']);
    expect(viewAs('stakeholders/board/index.html')).toEqual(['https://roadmap.example.org/stakeholders/board/']);
  });

  test("the team's backlog rows carry their level and owner, with a column and a filter for each", () => {
    const backlog = site('out-a', 'team').get('backlog/index.html')!;
    expect(backlog).toMatch(/<tr [^>]*data-owner="CANARY_OWNER_NAME" data-visibility="public"/);
    // A story without an owner: an empty attribute, which Astro writes without a value.
    expect(backlog).toMatch(/<tr [^>]*data-owner data-visibility="internal"/);
    expect(backlog).toContain(
      '<select name="visibility"><option value="">All</option><option value="public">public</option><option value="client">client</option><option value="internal">internal</option></select>',
    );
    expect(backlog).toContain('<option value="CANARY_OWNER_NAME">CANARY_OWNER_NAME</option>');
    const clientBacklog = site('out-a', 'client').get('backlog/index.html')!;
    expect(clientBacklog).not.toContain('name="owner"');
    expect(clientBacklog).not.toContain('name="visibility"');
  });
});

describe.skipIf(!findChromium())('diagrams are pre-rendered to inline SVG', () => {
  test('on the roadmap, phase and story pages, and in bodies', () => {
    const files = site('out-a', 'public');
    expect(files.get('stories/lk-1/index.html')).toContain('<svg class="neighbourhood"');
    // The site's own diagrams and a body's: each one drawing in the site's palette for both themes.
    for (const page of ['roadmap/index.html', 'phases/open/index.html', 'stories/lk-2/index.html']) {
      expect(files.get(page), page).toMatch(/<figure class="diagram"[^>]*><div class="diagram-site"><svg/);
      expect(files.get(page), page).toContain('var(--diagram-text)');
    }
    for (const page of ['roadmap/index.html', 'phases/open/index.html', 'stories/lk-2/index.html'])
      expect(files.get(page), page).not.toContain('<pre class="mermaid"');
    // No stand-in colour is left for a browser to show as is, nor one of Mermaid's markers for an
    // entity (a title's colon, say) that it failed to turn back into the character.
    expect(findInFiles(files, ['#d1a9', 'ﬂ°°', '¶ß'])).toEqual({});
    expect(findInFiles(files, ['PUBLIC_MERMAID_OK'])).toEqual({ PUBLIC_MERMAID_OK: ['stories/lk-2/index.html'] });
    expect([...files.keys()].some((path) => path.startsWith('_mermaid/'))).toBe(false);
  });

  test("every site has its report.pdf, read as text by the scans above; the team's holds what the others must not", () => {
    for (const view of ['public', 'client', 'board-only', 'team']) expect(site('out-a', view).has('report.pdf'), view).toBe(true);
    expect(findInFiles(new Map([['report.pdf', site('out-a', 'team').get('report.pdf')!]]), hiddenFromClient)).toMatchObject({
      CANARY_HIDDEN_STORY_TITLE: ['report.pdf'],
      CANARY_HIDDEN_PHASE: ['report.pdf'],
      CANARY_HIDDEN_MILESTONE: ['report.pdf'],
    });
    expect(site('out-a', 'client').get('report.pdf')).toContain('Leak test');
    // The page it is printed from is no page of the site.
    expect(site('out-a', 'client').has('report/index.html')).toBe(false);
  });

  test('a diagram Mermaid cannot draw fails the build with its entry, while the site builds wait for it, and leaves the output untouched', () => {
    const before = hashTree(join(work, 'out-a'));
    const broken = join(work, 'undrawable');
    cpSync(join(work, 'content'), broken, { recursive: true });
    // It passes the syntax check: only drawing finds the shape Mermaid lacks.
    writeFileSync(
      join(broken, 'stories', 'LK-9.md'),
      '---\ntitle: Undrawable\nstatus: draft\npriority: must\nvisibility: public\n---\n```mermaid\nstateDiagram-v2\n  [*] --> A\n  state A {\n  }\n  A --> A.B\n```\n',
    );
    const build = runScript('build', ['--content', 'undrawable', '--out', 'out-a'], { cwd: work });
    expect(build.status).toBe(1);
    expect(build.stdout).toMatch(/undrawable\/stories\/LK-9\.md\S*\s+Mermaid cannot draw a diagram of this story: No such shape/);
    expect(build.stdout).not.toMatch(/failed to build|ViewBuildError/);
    expect(build.stderr).toBe('');
    expect(hashTree(join(work, 'out-a'))).toEqual(before);
  }, 120_000);

  test("hidden stories never appear in a view's diagrams, but do on the team's", () => {
    const roadmap = site('out-a', 'team').get('roadmap/index.html')!;
    expect(roadmap).toContain('CANARY_HIDDEN_STORY_TITLE');
    expect(findInFiles(site('out-a', 'team'), ['CANARY_HIDDEN_MERMAID'])).toEqual({
      CANARY_HIDDEN_MERMAID: ['stories/secretstory-1/index.html'],
    });
  });
});

describe('without Chromium, diagrams are drawn in the browser', () => {
  test('a warning, Mermaid sources without hidden content, and Mermaid only on pages with a diagram', () => {
    const build = runScript('build', ['--content', 'content', '--out', 'out-fallback', '--view', 'public'], {
      cwd: work,
      env: { BACKLOG_DOCS_CHROMIUM: 'none' },
    });
    expect(build.status).toBe(0);
    expect(build.stdout).toContain('warning: no Chromium found (set BACKLOG_DOCS_CHROMIUM): diagrams will be drawn in the browser');
    const files = site('out-fallback', 'public');
    expect(findInFiles(files, [...hiddenFromPublic, ...neverPublished])).toEqual({});
    expect(files.get('roadmap/index.html')).toContain('<pre class="mermaid"');
    expect(files.get('roadmap/index.html')).toContain('_mermaid/mermaid.esm.min.mjs');
    expect(files.get('stories/lk-2/index.html')).toContain('PUBLIC_MERMAID_OK');
    expect(files.get('board/index.html')).not.toContain('_mermaid');
    expect(files.has('_mermaid/mermaid.esm.min.mjs')).toBe(true);
    // No report without a browser to print it, and no link to one; the other exports are there.
    expect(build.stdout).toContain('warning: no Chromium found (set BACKLOG_DOCS_CHROMIUM): the sites have no report.pdf');
    expect(files.has('report.pdf')).toBe(false);
    expect(files.has('report/index.html')).toBe(false);
    expect(files.get('index.html')).not.toContain('report.pdf');
    expect(files.get('index.html')).toContain('href="/backlog.csv"');
    expect(files.has('backlog.csv')).toBe(true);
  }, 120_000);
});

describe('builds you can trust', () => {
  test('changing only what a view does not show leaves that site byte-identical', () => {
    const edited = join(work, 'edited');
    cpSync(join(work, 'content'), edited, { recursive: true });
    const edit = (path: string, from: string | RegExp, to: string) => {
      const file = join(edited, path);
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    };
    edit('stories/secret/SECRETSTORY-1.md', 'CANARY_HIDDEN_STORY_TITLE', 'Renamed hidden story');
    edit('stories/secret/SECRETSTORY-1.md', 'cost: 424242', 'cost: 1');
    edit('stories/LK-1.md', 'CANARY_INTERNAL_BLOCK', 'Edited internal block');
    edit('stories/LK-1.md', 'CANARY_OWNER_NAME', 'Someone else');
    edit('stories/LK-1.md', 'text: CANARY_HIDDEN_FEEDBACK', 'text: Other hidden feedback');
    edit('phases/secret.md', 'CANARY_HIDDEN_PHASE_BODY', 'Edited hidden phase body');
    edit('phases/open.md', 'CANARY_HIDDEN_MILESTONE', 'Edited milestone');
    edit('stakeholders/secret-vendor.yaml', 'CANARY_HIDDEN_STAKEHOLDER_TEXT', 'Edited');
    writeFileSync(join(edited, 'stories/secret/hidden-photo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const build = runScript('build', ['--content', 'edited', '--out', 'out-b'], { cwd: work });
    expect(build.status).toBe(0);

    for (const view of ['public', 'client', 'board-only']) {
      expect(hashTree(join(work, 'out-b', view)), view).toEqual(hashTree(join(work, 'out-a', view)));
    }
    // The edits are real: the site that shows them changed.
    expect(hashTree(join(work, 'out-b', 'team'))).not.toEqual(hashTree(join(work, 'out-a', 'team')));
  }, 120_000);

  test('a rebuild keeps the sites whose inputs did not change, and ends as a fresh build would', () => {
    expect(runScript('build', ['--content', 'content', '--out', 'out-e'], { cwd: work }).status).toBe(0);
    // Only the team sees these edits (the test above): the other sites are kept, the team's rebuilt.
    const build = runScript('build', ['--content', 'edited', '--out', 'out-e'], { cwd: work });
    expect(build.status).toBe(0);
    for (const view of ['public', 'client', 'board-only'])
      expect(build.stdout).toContain(`${view}: unchanged since the last build, kept as it is`);
    expect(build.stdout).not.toContain('team: unchanged');
    expect(build.stdout).toContain('built 1 site, kept 3 unchanged, into out-e/');
    expect(hashTree(join(work, 'out-e'))).toEqual(hashTree(join(work, 'out-b')));
  }, 120_000);

  test('what the last build kept never vouches for content made more restricted since: a demoted story and block leave the client site', () => {
    const attack = join(work, 'demoted');
    cpSync(join(work, 'content'), attack, { recursive: true });
    expect(runScript('build', ['--content', 'demoted', '--out', 'out-f'], { cwd: work }).status).toBe(0);
    expect(findInFiles(site('out-f', 'client'), ['CLIENT_STORY_OK', 'CLIENT_BLOCK_OK'])).not.toEqual({});
    // The same files, edited in place: the next build starts from what this one kept of them.
    const edit = (file: string, from: RegExp, to: string) => {
      const path = join(attack, 'stories', file);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(path, text.replace(from, to));
    };
    edit('LK-3.md', /^visibility: client$/m, 'visibility: internal');
    edit('LK-1.md', /^:::client\nClient block CLIENT_BLOCK_OK\.$/m, ':::internal\nClient block CLIENT_BLOCK_OK.');
    const build = runScript('build', ['--content', 'demoted', '--out', 'out-f'], { cwd: work });
    expect(build.status).toBe(0);
    expect(findInFiles(site('out-f', 'client'), ['CLIENT_STORY_OK', 'CLIENT_BLOCK_OK'])).toEqual({});
    expect(findInFiles(site('out-f', 'public'), ['CLIENT_STORY_OK', 'CLIENT_BLOCK_OK'])).toEqual({});
    expect(Object.keys(findInFiles(site('out-f', 'team'), ['CLIENT_STORY_OK', 'CLIENT_BLOCK_OK'])).sort()).toEqual([
      'CLIENT_BLOCK_OK',
      'CLIENT_STORY_OK',
    ]);
  }, 180_000);

  test('two builds of the same content are byte-identical', () => {
    const build = runScript('build', ['--content', 'content', '--out', 'out-c'], { cwd: work });
    expect(build.status).toBe(0);
    expect(hashTree(join(work, 'out-c'))).toEqual(hashTree(join(work, 'out-a')));
  }, 120_000);

  test('a failed build leaves the previous output untouched', () => {
    const before = hashTree(join(work, 'out-a'));
    const broken = join(work, 'broken');
    cpSync(join(work, 'content'), broken, { recursive: true });
    writeFileSync(join(broken, 'stories', 'LK-9.md'), '---\ntitle: Broken\nstauts: done\npriority: must\n---\n');
    let build = runScript('build', ['--content', 'broken', '--out', 'out-a'], { cwd: work });
    expect(build.status).toBe(1);
    expect(build.stdout).toContain('broken/stories/LK-9.md:3:1  stauts  unknown key "stauts"');
    // A problem only rendering finds, at the line of the image.
    writeFileSync(
      join(broken, 'stories', 'LK-9.md'),
      '---\ntitle: Broken\nstatus: done\npriority: must\n---\nIntro.\n\n![Field map](maps/none.png)\n',
    );
    build = runScript('build', ['--content', 'broken', '--out', 'out-a'], { cwd: work });
    expect(build.status).toBe(1);
    expect(build.stdout).toContain('broken/stories/LK-9.md:8:1  the image "maps/none.png" is not a file inside the content folder');
    expect(build.stdout).toContain('Nothing was built; the previous output is unchanged.');
    expect(hashTree(join(work, 'out-a'))).toEqual(before);
  }, 60_000);

  test('an unknown view is a usage error', () => {
    const build = runScript('build', ['--content', 'content', '--out', 'out-d', '--view', 'nope'], { cwd: work });
    expect(build.status).toBe(2);
    expect(build.stderr).toContain('there is no view "nope"; the views are board-only, client, public, team');
  }, 60_000);
});
