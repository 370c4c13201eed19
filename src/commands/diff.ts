import { defineCommand } from '../cli/command.ts';
import { missingOption, unknownFormat } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';
import { contentOption } from './shared-options.ts';

const formats = ['markdown', 'json'];

export const diffCommand = defineCommand<{ base?: string; head?: string; view?: string; content: string; format: string }>({
  name: 'diff',
  summary: 'The semantic backlog diff between two commits, for a pull request comment.',
  usage: '--base REF [--head REF] [--view ID] [--content DIR] [--format markdown|json]',
  description: 'Exit 0: report written; 1: the head has content problems (the report lists them).',
  options: {
    base: { type: 'string', value: 'REF', description: 'the commit to compare with (a branch, tag or hash)' },
    head: { type: 'string', value: 'REF', description: 'the commit compared; default: the working tree' },
    view: { type: 'string', value: 'ID', description: 'report only what this view shows' },
    content: contentOption,
    format: { type: 'string', value: 'FORMAT', default: 'markdown', description: 'markdown (a PR comment) or json (for bots)' },
  },
  async run({ options }) {
    if (options.base === undefined) throw usageError(missingOption, { what: 'the base revision', option: '--base REF' });
    if (!formats.includes(options.format)) throw usageError(unknownFormat, { format: options.format, formats });
    const [{ compareRevisions }, { renderJsonReport }, { renderMarkdownReport }, { checkBacklog }] = await Promise.all([
      import('../history/compare-revisions.ts'),
      import('../diff/report-json.ts'),
      import('../diff/report-markdown.ts'),
      import('../build/check-backlog.ts'),
    ]);
    // The working tree is checked as `check` does, so a pull request that check refuses gets no diff.
    const headProblems = options.head === undefined ? (await checkBacklog(options.content)).problems : undefined;
    const result = compareRevisions({
      contentDir: options.content,
      base: options.base,
      head: options.head,
      view: options.view,
      headProblems,
    });
    process.stdout.write(options.format === 'json' ? renderJsonReport(result.report) : renderMarkdownReport(result.report));
    return result.report.problems.length > 0 ? 1 : 0;
  },
});
