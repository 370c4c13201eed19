import { fork, type ChildProcess } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StagedViewSite, ViewSiteContent, ViewSiteJob } from './stage-view-site.ts';

// The process's own file has this module's extension: TypeScript in a checkout, JavaScript installed.
const processEntry = fileURLToPath(new URL(`./view-site-process${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

export class ViewBuildError extends Error {
  readonly viewId: string;
  constructor(viewId: string, detail: string) {
    super(`the site of view "${viewId}" failed to build:\n${detail}`);
    this.viewId = viewId;
  }
}

/**
 * Processes that each build one view's site and end, taking Astro's memory with them. They are
 * started ahead (`warm`), so Node loads Astro while the content is read and the diagrams drawn,
 * and a build that starts while more are to come starts the next one's process.
 */
export class ViewSiteBuilders {
  private readonly idle: ChildProcess[] = [];
  private readonly running = new Set<ChildProcess>();

  constructor(warm: number) {
    for (let i = 0; i < warm; i++) this.idle.push(startBuilder());
  }

  /**
   * One view's site, staged by a process of its own: the build begins at once, and the content is
   * handed over once, by structured clone, when it is ready. A content that fails ends the build
   * with the content's error.
   */
  build(job: ViewSiteJob, content: Promise<ViewSiteContent>, buildsToCome: number): Promise<StagedViewSite> {
    const child = this.idle.shift() ?? startBuilder();
    if (buildsToCome > this.idle.length) this.idle.push(startBuilder());
    this.running.add(child);
    return new Promise((resolve, reject) => {
      const ended = (detail: string) => reject(new ViewBuildError(job.view.id, detail));
      if (child.exitCode !== null || child.signalCode !== null) {
        this.running.delete(child);
        return ended(`its build process ended before it started (${child.signalCode ?? `exit code ${child.exitCode}`})`);
      }
      let answer: { result?: StagedViewSite; error?: string } | undefined;
      let failedContent: { reason: Error } | undefined;
      child.on('message', (message: typeof answer) => {
        answer = message;
        child.kill();
      });
      child.on('exit', (code, signal) => {
        this.running.delete(child);
        if (failedContent) reject(failedContent.reason);
        else if (answer?.result) resolve(answer.result);
        else ended(answer?.error ?? `its build process ended (${signal ?? `exit code ${code}`})`);
      });
      child.send({ job });
      content.then(
        (ready) => child.connected && child.send({ content: ready }),
        (reason: unknown) => {
          failedContent = { reason: reason instanceof Error ? reason : new Error(String(reason)) };
          child.kill();
        },
      );
    });
  }

  /** Ends the idle processes beyond `builds`, once it is known how many sites will be built. */
  keepAtMost(builds: number): void {
    for (const child of this.idle.splice(builds)) child.kill();
  }

  /** Ends every process: the idle ones, and the builds still running when another failed. */
  close(): void {
    for (const child of [...this.idle.splice(0), ...this.running]) child.kill();
  }
}

// A checkout runs TypeScript: a Node that needs a flag to strip types passes it on. No other flag
// is inherited (a test runner's loaders).
const typeFlags = process.execArgv.filter((flag) => /^--(experimental-)?(strip|transform)-types$/.test(flag));

function startBuilder(): ChildProcess {
  // Astro's warnings reach the terminal as they would in one process.
  const child = fork(processEntry, [], { execArgv: typeFlags, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // A process that fails to start is reported by `build`, from its exit.
  child.on('error', () => {});
  return child;
}
