import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { defineCommand } from '../cli/command.ts';
import { reportProblems, reportRefusal, summariseBacklog } from '../cli/report-problems.ts';
import { readBacklogMdFolder } from '../import/backlog-md-folder.ts';
import { readGithubIssues } from '../import/github-issues.ts';
import { importSummary, sourceTitles } from '../import/import-summary.ts';
import { readJiraExport, type JiraPhases } from '../import/jira-export.ts';
import { mapBacklog } from '../import/map-backlog.ts';
import { checkTargets, parseMappings, parseVisibilityRules } from '../import/mappings.ts';
import type { SourceBacklog, SourceName, UnreadableInput } from '../import/source-backlog.ts';
import { keepContentAsItIs, readImportTarget, writeImport } from '../import/write-import.ts';
import { priorities } from '../model/content.ts';
import { inputNotFound } from '../problems/catalogue/refusals.ts';
import {
  invalidOptionValue,
  missingSource,
  optionOfAnotherSource,
  unexpectedArgument,
  unknownSource,
} from '../problems/catalogue/usage.ts';
import { refusalOf } from '../problems/refusal.ts';
import { usageError } from '../problems/usage-error.ts';
import { displayPath } from '../scaffold/content-context.ts';
import { contentOption } from './shared-options.ts';

const sources: Record<SourceName, string> = { 'backlog-md': 'backlog-md DIR', jira: 'jira EXPORT.csv', github: 'github ISSUES.json' };
const phaseChoices: JiraPhases[] = ['fix-version', 'sprint'];

interface ImportCommandOptions {
  content: string;
  update?: boolean;
  status: string[];
  priority: string[];
  visibility: string[];
  phases?: string;
  'include-archived'?: boolean;
}

export const importCommand = defineCommand<ImportCommandOptions>({
  name: 'import',
  summary: 'Bring in a backlog from Backlog.md, Jira (CSV export) or GitHub Issues (gh issue list --json).',
  usage: 'backlog-md DIR | jira EXPORT.csv | github ISSUES.json [--content DIR] [--update] [--status "FROM=TO"] …',
  description: [
    'Writes stories, phases and epics into the content folder (with project.yaml and one view per level',
    'when there are none), then checks it. Everything imported gets the most restricted level unless a',
    '--visibility rule opens it. It never writes over a file that no import wrote; --update brings an',
    'earlier import up to date and keeps what was edited by hand.',
  ].join('\n'),
  options: {
    content: contentOption,
    update: { type: 'boolean', description: 'update an earlier import from the same source, keeping hand edits' },
    status: { type: 'string', value: '"FROM=TO"', multiple: true, description: 'map a status of the source to a workflow id' },
    priority: {
      type: 'string',
      value: '"FROM=TO"',
      multiple: true,
      description: 'map a priority (github: a label) to must, should, could or wont',
    },
    visibility: {
      type: 'string',
      value: '"FIELD:VALUE=LEVEL"',
      multiple: true,
      description: 'give items whose field holds the value this level (label:public-roadmap=client)',
    },
    phases: { type: 'string', value: 'fix-version|sprint', description: 'jira: what the phases are (default: fix-version)' },
    'include-archived': { type: 'boolean', description: 'backlog-md: bring archived tasks in too, as dropped' },
  },
  positionals: true,
  async run({ options, positionals, cwd }) {
    const [source, input, ...extra] = positionals;
    const usages = Object.values(sources);
    if (source === undefined || (source in sources && input === undefined)) throw usageError(missingSource, { sources: usages });
    if (!(source in sources)) throw usageError(unknownSource, { source, sources: usages });
    if (extra.length > 0)
      throw usageError(unexpectedArgument, { reason: `Unexpected argument '${extra[0]}': import takes one source and one input` });
    const name = source as SourceName;
    if (options.phases !== undefined && name !== 'jira') throw usageError(optionOfAnotherSource, { option: 'phases', source: 'jira' });
    if (options['include-archived'] && name !== 'backlog-md')
      throw usageError(optionOfAnotherSource, { option: 'include-archived', source: 'backlog-md' });
    const phasesFrom = (options.phases ?? 'fix-version') as JiraPhases;
    if (!phaseChoices.includes(phasesFrom))
      throw usageError(invalidOptionValue, { reason: `--phases takes ${phaseChoices.join(' or ')}, not "${options.phases}"` });
    const statusMappings = parseMappings('status', options.status ?? [], 'In QA=in-review');
    const priorityMappings = parseMappings('priority', options.priority ?? [], name === 'github' ? 'priority: high=must' : 'Highest=must');
    checkTargets('priority', priorityMappings, priorities, 'a MoSCoW priority');

    const inputPath = resolve(cwd, input);
    const read = readSource(name, inputPath, input, phasesFrom);
    if ('unreadable' in read) return reportRefusal(read.unreadable);

    const root = resolve(cwd, options.content);
    const shownContent = displayPath(root, cwd);
    const target = readImportTarget(root, shownContent, {
      // Without a name at the source, the folder that holds the content: often the repository's.
      name: read.projectName ?? (basename(dirname(root)) || 'Imported backlog'),
      idPrefix: read.idPrefix,
      source: sourceTitles[name],
    });
    if ('refused' in target) return reportRefusal(target.refused);
    checkTargets(
      'status',
      statusMappings,
      target.project.workflow.map((status) => status.id),
      'a status of the workflow',
    );
    const visibility = parseVisibilityRules(options.visibility ?? [], target.project.visibilityLevels);

    const plan = mapBacklog(read, {
      project: target.project,
      existing: target.existing,
      previous: target.record.sources[name],
      options: {
        statuses: statusMappings,
        priorities: priorityMappings,
        visibility,
        includeArchived: options['include-archived'] === true,
      },
    });
    const before = keepContentAsItIs(root);
    const outcome = writeImport(target, plan, { source: name, input, update: options.update === true, assets: read.assets }, (path) =>
      displayPath(path, cwd),
    );
    if ('refused' in outcome) {
      before.discard();
      return reportRefusal(outcome.refused);
    }
    const { checkBacklog } = await import('../build/check-backlog.ts');
    const checked = await checkBacklog(root);
    if (!checked.backlog) {
      // What the source holds would not pass check: nothing is imported rather than half of it.
      before.restore();
      reportProblems(checked.problems, (line) => console.log(line));
      console.log(
        `\nNothing was imported: ${shownContent} is as it was before (the problems above are in what the import would have written). Fix them at the source, or map them with the options, and import again.`,
      );
      return 1;
    }
    before.discard();
    console.log(importSummary(plan.report, outcome, { input, folder: shownContent }));
    console.log('');
    console.log(`✓ check: ${summariseBacklog(checked.backlog)}. No problems.`);
    return 0;
  },
});

function readSource(source: SourceName, path: string, shown: string, phasesFrom: JiraPhases): SourceBacklog | UnreadableInput {
  if (source === 'backlog-md') return readBacklogMdFolder(path, shown);
  if (!existsSync(path) || !statSync(path).isFile()) {
    return {
      unreadable: refusalOf(inputNotFound, {
        file: shown,
        reason: existsSync(path) ? 'this is a folder, not a file' : 'there is no such file',
      }),
    };
  }
  const text = readFileSync(path, 'utf8');
  return source === 'jira' ? readJiraExport(text, shown, phasesFrom) : readGithubIssues(text, shown);
}
