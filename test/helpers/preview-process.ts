import { spawn, type ChildProcess } from 'node:child_process';
import { cliPath, projectRoot } from './run-script.ts';

export interface RunningPreview {
  /** Each view's URL, by view id, as the command printed them. */
  urls: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts `backlog-docs preview args` as a child process; resolves once it has printed its URLs. */
export function startPreview(args: string[]): Promise<RunningPreview> {
  const child = spawnPreview(args);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      if (!stdout.includes('Ctrl-C')) return;
      const urls = Object.fromEntries([...stdout.matchAll(/^(\S+) +(http:\/\/\S+)$/gm)].map(([, id, url]) => [id, url]));
      resolve({ urls, stop: () => stop(child) });
    });
    child.on('exit', (status) => reject(new Error(`preview exited (${status}) before serving:\n${stdout}${stderr}`)));
  });
}

/** Runs a preview that should refuse to start; its exit code and output, or a failure after `timeout` ms. */
export function runRefusedPreview(args: string[], timeout = 10_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawnPreview(args);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`preview was still running after ${timeout} ms:\n${stdout}${stderr}`));
    }, timeout);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

function spawnPreview(args: string[]): ChildProcess {
  return spawn(process.execPath, [cliPath, 'preview', ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Ctrl-C, as a person stops it. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}
