import { defineCommand, UsageError } from '../cli/command.ts';
import type { ScaffoldProblem } from '../scaffold/content-context.ts';
import { entryKindNames, scaffoldEntry, type EntryKind } from '../scaffold/new-entry.ts';
import { scaffoldStory } from '../scaffold/new-story.ts';
import { contentOption } from './shared-options.ts';

const kinds = ['story', ...entryKindNames];
const examples: Record<string, string> = { story: 'Log a spraying offline', phase: 'Field trials', epic: 'Field logging', stakeholder: 'Pilot farms', view: 'Board roadmap' };

export const newCommand = defineCommand<{ phase?: string; epic?: string; content: string }>({
  name: 'new',
  summary: 'Write a new story, phase, epic, stakeholder or view, with every field as a commented line.',
  usage: 'story|phase|epic|stakeholder|view "Title" [--phase ID] [--epic ID] [--content DIR]',
  description: [
    'A story gets the next free id (idPrefix in project.yaml); the others, the title in lower case',
    'with dashes ("Field trials" → field-trials). The file is valid as written; none is ever overwritten.',
  ].join('\n'),
  options: {
    phase: { type: 'string', value: 'ID', description: 'the phase of the new story' },
    epic: { type: 'string', value: 'ID', description: 'the epic of the new story' },
    content: contentOption,
  },
  positionals: true,
  async run({ options, positionals, cwd }) {
    const [kind, title, ...extra] = positionals;
    if (kind === undefined) throw new UsageError(`say what to create: ${kinds.join(', ')}`);
    if (!kinds.includes(kind)) throw new UsageError(`cannot create a "${kind}": write one of ${kinds.join(', ')} first`);
    if (title === undefined) throw new UsageError(`the title is missing: backlog-docs new ${kind} "${examples[kind]}"`);
    if (extra.length > 0) throw new UsageError(`quote the title: backlog-docs new ${kind} "${examples[kind]}"`);
    const storyOnly = (['phase', 'epic'] as const).find((option) => options[option] !== undefined);
    if (kind !== 'story' && storyOnly) throw new UsageError(`--${storyOnly} applies to new stories only`);

    const result =
      kind === 'story'
        ? scaffoldStory({ contentDir: options.content, title, phase: options.phase, epic: options.epic, cwd })
        : scaffoldEntry({ kind: kind as EntryKind, contentDir: options.content, title, cwd });
    if ('problem' in result) return printProblem(result);
    console.log(result.path);
    return 0;
  },
});

function printProblem({ problem, hint }: ScaffoldProblem): number {
  console.error(`${problem}${hint ? `\n    hint      ${hint}` : ''}`);
  return 1;
}
