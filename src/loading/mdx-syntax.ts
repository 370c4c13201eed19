/**
 * MDX's own syntax (imports and exports, `{expressions}` and their `{/* comments *\/}`, and
 * components) is not rendered yet: `.mdx` bodies are rendered as Markdown, where that syntax would
 * be published as text, comments included. It is reported instead, so nothing an author meant to
 * hide or to run reaches a site. Fenced and inline code may show it.
 */
export interface MdxSyntaxProblem {
  line: number;
  message: string;
  found: string;
  hint: string;
}

const codeFence = /^ {0,3}(`{3,}|~{3,})/;
const inlineCode = /(`+)[\s\S]*?\1/g;
const kinds = [
  { pattern: /^(?:import|export)\s/, name: 'an import or export' },
  { pattern: /\{/, name: 'an {expression} or {/* comment */}' },
  { pattern: /<[A-Z]/, name: 'a component' },
];

export function findMdxOnlySyntax(body: string): MdxSyntaxProblem[] {
  const problems: MdxSyntaxProblem[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const marker = codeFence.exec(text)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    const prose = text.replace(inlineCode, '');
    const kind = kinds.find(({ pattern }) => pattern.test(prose));
    if (kind) {
      problems.push({
        line: index + 1,
        message: `${kind.name} is MDX syntax, which is not supported yet: .mdx bodies are rendered as Markdown`,
        found: text.trim(),
        hint: 'write it as Markdown (an HTML comment <!-- --> for a note that must not publish), or put it in code',
      });
    }
  });
  return problems;
}
