// Bodies (Markdown, MDX, a project's summary): `:::level` blocks and what could hide one, HTML
// comments, MDX, links between items, and the last guard over built pages.
// Codes are permanent: never renamed or reused; the words may change (../problem-definition.ts).
import { closestMatch } from '../did-you-mean.ts';
import type { ProblemDefinition } from '../problem-definition.ts';

// `:::level` blocks (src/rendering/level-blocks.ts).

export const unknownLevelBlock = {
  code: 'unknown-level-block',
  title: 'a `:::name` block whose name is not a visibility level (a typo such as `:::interal`)',
  message: ({ name }) => `":::${name}" is not a visibility level`,
  found: ({ name }) => `:::${name}`,
  hint: ({ name, levels }) => {
    const near = closestMatch(name, levels);
    return near ? `did you mean ":::${near}"?` : `use one of ${levels.map((level) => `":::${level}"`).join(', ')}`;
  },
} satisfies ProblemDefinition<{ name: string; levels: readonly string[] }>;

export const levelBlockWithLabel = {
  code: 'level-block-with-label',
  title: 'a `:::level` line with a label or attributes after the level',
  message: ({ name }) => `":::${name}" takes nothing after the level`,
  found: ({ extra }) => extra,
  hint: ({ name }) => `write ":::${name}" alone on its line`,
} satisfies ProblemDefinition<{ name: string; extra: string }>;

export const levelBlockClosedByInner = {
  code: 'level-block-closed-by-inner',
  title: 'a `:::level` block ended by the `:::` of a block inside it',
  message: ({ name, inner }) =>
    `the ":::${name}" block ends with the ":::" of the ":::${inner}" block inside it, so what follows it would be shown`,
  hint: ({ name, colons }) => `give the outer block more colons than the inner one: "${colons}${name}" … "${colons}"`,
} satisfies ProblemDefinition<{ name: string; inner: string; colons: string }>;

export const levelBlockNeverClosed = {
  code: 'level-block-never-closed',
  title: 'a `:::level` block without its closing `:::`',
  message: ({ name }) => `the ":::${name}" block is never closed`,
  hint: 'end it with a line ":::"; until then, everything after it is held back',
} satisfies ProblemDefinition<{ name: string }>;

export const strayBlockCloser = {
  code: 'stray-block-closer',
  title: 'a `:::` line that closes no block',
  message: () => 'this ":::" closes no block',
  found: ({ line }) => line.trim(),
  hint: ({ container }) => strayCloserHints[container] ?? strayCloserHints.paragraph,
} satisfies ProblemDefinition<{ line: string; container: string }>;

const strayCloserHints: Record<string, string> = {
  paragraph: 'remove it, or check the line that should open the block: ":::internal" (or another level) alone at the start of a line',
  table: 'a line right after a table is one of its rows: leave a blank line between the table and the ":::"',
  html: 'a block cannot end inside HTML: leave a blank line between the HTML and the ":::"',
};

export const twoColonLevelDirective = {
  code: 'two-colon-level-directive',
  title: '`::level` with two colons, which is no block and would be published',
  message: ({ name }) => `"::${name}" is not a level block, so its text would be published`,
  found: ({ line }) => line,
  hint: ({ name }) => `a level block opens with three colons: ":::${name.toLowerCase()}" alone on its line, then its text, then ":::"`,
} satisfies ProblemDefinition<{ name: string; line: string }>;

export const inlineLevelDirective = {
  code: 'inline-level-directive',
  title: '`:level[text]` written inline, which restricts nothing',
  message: ({ level }) => `":${level}[…]" is not a level block, so its text would be published`,
  found: ({ line }) => line,
  hint: ({ level }) => `put the text in a block: ":::${level}" alone on its line, then the text, then ":::"`,
} satisfies ProblemDefinition<{ level: string; line: string }>;

export const levelBlockInCode = {
  code: 'level-block-in-code',
  title: 'a `:::level` line inside a code block, which would be published as code',
  message: ({ level }) => `":::${level}" is inside a code block, so it would be published as code`,
  found: ({ line }) => line,
  hint: ({ level, unclosedFence }) =>
    unclosedFence !== undefined
      ? `the code block above it is never closed, so it runs to the end: end it with ${unclosedFence} before the block`
      : `close the code block before the block; to show the syntax in a sample, break the colons, as in "::\\:${level}"`,
} satisfies ProblemDefinition<{ level: string; line: string; unclosedFence?: string }>;

export const levelBlockInHtml = {
  code: 'level-block-in-html',
  title: 'a `:::level` line inside an HTML block, which would be published as HTML',
  message: ({ level }) => `":::${level}" is inside an HTML block, so it would be published as HTML`,
  found: ({ line }) => line,
  hint: 'leave a blank line between the HTML and the block',
} satisfies ProblemDefinition<{ level: string; line: string }>;

export const levelBlockInMdxExpression = {
  code: 'level-block-in-mdx-expression',
  title: 'a `:::level` line inside an MDX expression',
  message: ({ level }) => `":::${level}" is inside an MDX expression, so it would be published`,
  found: ({ line }) => line,
  hint: 'move the block out of the expression',
} satisfies ProblemDefinition<{ level: string; line: string }>;

export const levelBlockReadAsText = {
  code: 'level-block-read-as-text',
  title: 'a line that looks like a `:::level` block but is read as text (a space, an invisible character)',
  message: ({ level }) => `this looks like a ":::${level}" block, but Markdown reads it as text, so it would be published`,
  found: ({ line }) => line,
  hint: ({ level, invisible }) =>
    invisible.length > 0
      ? `remove the invisible character${invisible.length > 1 ? 's' : ''} ${invisible.join(', ')} from the line`
      : `a block starts with ":::${level}" alone at the start of a line (no space after the colons) and ends with a line ":::"`,
} satisfies ProblemDefinition<{ level: string; line: string; invisible: readonly string[] }>;

// Other parts of a body.

export const malformedHtmlComment = {
  code: 'malformed-html-comment',
  title: 'an HTML comment a browser ends earlier than its author did',
  message: () => 'this HTML comment ends earlier than it seems, so the text after its end would be published',
  found: ({ comment }) => comment.split('\n')[0].slice(0, 80),
  hint: 'write a note as <!-- text --> with no "<!--", "--!>" or "-->" inside it',
} satisfies ProblemDefinition<{ comment: string }>;

export const mdxDoesNotRender = {
  code: 'mdx-does-not-render',
  title: 'an MDX body that does not compile or run (the compiler says why)',
  message: ({ reason }) => `this MDX does not render: ${reason}`,
  hint: 'fix the MDX, or escape a literal "{" or "<" as \\{ or \\<',
} satisfies ProblemDefinition<{ reason: string }>;

export const unavailableComponent = {
  code: 'unavailable-component',
  title: 'an MDX body that uses a component no body can use',
  message: ({ component }) => `the component <${component}> is not available in a body`,
  hint: 'write it with Markdown or HTML elements instead',
} satisfies ProblemDefinition<{ component: string }>;

export const mdxImport = {
  code: 'mdx-import',
  title: 'an `import` in an MDX body',
  message: () => 'imports are not supported in a body',
  found: ({ statement }) => statement.split('\n')[0],
  hint: 'remove the import: bodies can use Markdown, HTML elements and {expressions}',
} satisfies ProblemDefinition<{ statement: string }>;

export const linkToNoEntry = {
  code: 'link-to-no-entry',
  title: 'a relative link to a file that is not a story, phase, epic or stakeholder',
  message: ({ href }) => `the link "${href}" does not point at a story, phase, epic or stakeholder file`,
  hint: 'link another item by the relative path of its file (such as ../stories/PAR-12.md), or give a full https:// address',
} satisfies ProblemDefinition<{ href: string }>;

export const levelTextLeftInPage = {
  code: 'level-text-left-in-page',
  title: 'the last guard: a page of a site below the team site would still show text that opens a `:::level` block',
  message: ({ viewLevel, level }) =>
    `a "${viewLevel}" page would still show text that opens a ":::${level}" block, so nothing is published`,
  found: ({ text }) => text,
  hint: ({ level }) =>
    `write the block as ":::${level}" alone on its line and close it with ":::"; if it already is, report this to backlog-docs`,
} satisfies ProblemDefinition<{ viewLevel: string; level: string; text: string }>;
