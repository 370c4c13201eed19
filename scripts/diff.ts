// `npm run diff -- --base REF [--head REF] [--view ID] [--content DIR] [--format markdown|json]`:
// the semantic backlog diff between two commits, as a pull-request comment (Markdown) or for bots (JSON).
import { parseScriptArgs } from '../src/cli/parse-script-args.ts';
import { renderJsonReport } from '../src/diff/report-json.ts';
import { renderMarkdownReport } from '../src/diff/report-markdown.ts';
import { compareRevisions } from '../src/history/compare-revisions.ts';

const usage = 'npm run diff -- --base REF [--head REF] [--view ID] [--content DIR] [--format markdown|json]';
const options = parseScriptArgs(usage, {
  base: { type: 'string' },
  head: { type: 'string' },
  view: { type: 'string' },
  content: { type: 'string', default: 'content' },
  format: { type: 'string', default: 'markdown' },
});

if (options.base === undefined || !['markdown', 'json'].includes(options.format)) {
  console.error(`${options.base === undefined ? 'the base revision is missing' : `unknown format "${options.format}"`}\nusage: ${usage}`);
  process.exit(2);
}
const result = compareRevisions({ contentDir: options.content, base: options.base, head: options.head, view: options.view });
if ('usageError' in result) {
  console.error(`${result.usageError}\nusage: ${usage}`);
  process.exit(2);
}
process.stdout.write(options.format === 'json' ? renderJsonReport(result.report) : renderMarkdownReport(result.report));
if (result.report.problems.length > 0) process.exitCode = 1;
