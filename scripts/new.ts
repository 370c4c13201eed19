// `npm run new -- story "Title" [--phase ID] [--epic ID] [--content DIR]`: scaffold a story with the next free id.
import { parseScriptCommand } from '../src/cli/parse-script-args.ts';
import { scaffoldStory } from '../src/scaffold/new-story.ts';

const usage = 'npm run new -- story "Title" [--phase ID] [--epic ID] [--content DIR]';
const { values, positionals } = parseScriptCommand(usage, {
  phase: { type: 'string' },
  epic: { type: 'string' },
  content: { type: 'string', default: 'content' },
});

const [kind, title, ...extra] = positionals;
if (kind !== 'story' || title === undefined || extra.length > 0) {
  console.error(`${kind !== 'story' ? 'only stories can be created: write "story" first' : title === undefined ? 'the title is missing' : 'quote the title: "Log a spraying offline"'}\nusage: ${usage}`);
  process.exit(2);
}
const result = scaffoldStory({ contentDir: values.content, title, phase: values.phase, epic: values.epic });
if ('problem' in result) {
  console.error(`${result.problem}${result.hint ? `\n    hint      ${result.hint}` : ''}`);
  process.exitCode = 1;
} else {
  console.log(result.path);
}
