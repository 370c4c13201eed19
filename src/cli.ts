// The one entry of `backlog-docs <command>`: pick a command, parse its options, run it, exit.
// Everything else is a library the commands call (src/commands/).
import { readFileSync } from 'node:fs';
import { commandHelp, parseCommandArgs, UsageError } from './cli/command.ts';
import { commands, overviewHelp } from './commands/index.ts';

// `npm run new -- …` (also with npm --prefix) runs in this package's folder: paths are the
// person's, relative to where they typed it, which npm keeps as INIT_CWD.
if (process.env.INIT_CWD && process.env.npm_lifecycle_script?.startsWith('node bin/backlog-docs.js')) process.chdir(process.env.INIT_CWD);

const [name, ...args] = process.argv.slice(2);
const command = commands.find((candidate) => candidate.name === name);
try {
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') console.log(overviewHelp());
  else if (name === '--version' || name === '-v') console.log((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version);
  else if (!command) throw new UsageError(`there is no command "${name}"; the commands are ${commands.map((known) => known.name).join(', ')}`);
  else {
    const { options, positionals } = parseCommandArgs(command, args);
    if (options.help) console.log(commandHelp(command));
    else process.exitCode = await command.run({ options, positionals, cwd: process.cwd() });
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  // Usage mistakes, from every command: one line, exit 2.
  console.error(`backlog-docs${command ? ` ${command.name}` : ''}: ${error.message} (see "backlog-docs ${command ? `${command.name} ` : ''}--help")`);
  process.exitCode = 2;
}
