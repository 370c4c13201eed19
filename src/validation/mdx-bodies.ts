import { splitBodyByLevel } from '../loading/level-blocks.ts';
import { renderMdx } from '../rendering/mdx-renderer.ts';

export interface MdxProblem {
  line: number;
  message: string;
  found?: string;
  hint: string;
}

const codeFence = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Checks an `.mdx` body by rendering it as the build will, each `:::level` block on its own, so
 * `check` reports what would stop the build: MDX syntax errors, components (none are provided)
 * and imports (the content folder is not a module graph).
 */
export function checkMdxBody(body: string, levels: readonly string[]): MdxProblem[] {
  const problems = findImports(body);
  for (const segment of splitBodyByLevel(body, levels).segments) {
    try {
      renderMdx(segment.text);
    } catch (error) {
      const [, line, reason] = /^(\d+):\d+: ([\s\S]*)$/.exec((error as Error).message) ?? [undefined, '1', (error as Error).message];
      const component = /^Expected component `([^`]+)`/.exec(reason);
      // A missing component is found when the body runs, without a position: point at its first use.
      const used = component ? segment.text.split('\n').findIndex((text) => text.includes(`<${component[1]}`)) : -1;
      problems.push({
        line: segment.line + (used >= 0 ? used : Number(line) - 1),
        message: component ? `the component <${component[1]}> is not available in a body` : `this MDX does not render: ${reason.replace(/ \([a-z-]+:[a-z-]+\)$/, '')}`,
        hint: component ? 'write it with Markdown or HTML elements instead' : 'fix the MDX, or escape a literal "{" or "<" as \\{ or \\<',
      });
    }
  }
  return problems;
}

function findImports(body: string): MdxProblem[] {
  const problems: MdxProblem[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const marker = codeFence.exec(text)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = undefined;
    } else if (marker) {
      fence = marker;
    } else if (/^import\s/.test(text)) {
      problems.push({ line: index + 1, message: 'imports are not supported in a body', found: text.trim(), hint: 'remove the import: bodies can use Markdown, HTML elements and {expressions}' });
    }
  });
  return problems;
}
