// The one entry of `backlog-docs <command>`: pick a command, parse its options, run it, exit.
// Everything else is a library the commands call (src/commands/).
import { readFileSync } from 'node:fs';
import { commandHelp, parseCommandArgs } from './cli/command.ts';
import { reportUsageError } from './cli/usage.ts';
import { commands, overviewHelp } from './commands/index.ts';
import { unknownCommand } from './problems/catalogue/usage.ts';
import { UsageError, usageError } from './problems/usage-error.ts';

// `npm run new -- …` (also with npm --prefix) runs in this package's folder: paths are the
// person's, relative to where they typed it, which npm keeps as INIT_CWD.
if (process.env.INIT_CWD && process.env.npm_lifecycle_script?.startsWith('node bin/backlog-docs.js')) process.chdir(process.env.INIT_CWD);

const [name, ...args] = process.argv.slice(2);
const command = commands.find((candidate) => candidate.name === name);
try {
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') console.log(overviewHelp());
  else if (name === '--version' || name === '-v')
    console.log((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version);
  else if (!command) throw usageError(unknownCommand, { name, commands: commands.map((known) => known.name) });
  else {
    const { options, positionals } = parseCommandArgs(command, args);
    if (options.help) console.log(commandHelp(command));
    else process.exitCode = await command.run({ options, positionals, cwd: process.cwd() });
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  // Usage mistakes, from every command and the libraries they call: one line, exit 2.
  const called = command ? `backlog-docs ${command.name}` : 'backlog-docs';
  reportUsageError(error, called, `see "${called} --help"`);
}
