import { spawn } from 'node:child_process';
import { redact } from './redact.js';

/**
 * The one exec boundary: every external tool (docker, docker compose, git, nvidia-smi) is run
 * through here, so plans can be tested without running anything and output is redacted.
 */
export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Stream each output line (already redacted) as it arrives, e.g. for progress. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  timeoutMs?: number;
  /** Resolve with the exit code instead of throwing on non-zero. */
  allowFailure?: boolean;
}

export interface ExecResult {
  command: string;
  code: number;
  stdout: string;
  stderr: string;
}

export class ExecError extends Error {
  constructor(readonly result: ExecResult) {
    const tail = redact(result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
    super(`${result.command} exited with ${result.code}${tail ? `:\n${tail}` : ''}`);
    this.name = 'ExecError';
  }
}

export type Exec = (cmd: string, args: string[], opts?: ExecOptions) => Promise<ExecResult>;

export const exec: Exec = (cmd, args, opts = {}) =>
  new Promise((resolve, reject) => {
    const command = [cmd, ...args].join(' ');
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
    const feed = (stream: 'stdout' | 'stderr', chunk: string) => {
      if (stream === 'stdout') stdout += chunk;
      else stderr += chunk;
      if (!opts.onLine) return;
      pending[stream] += chunk;
      const lines = pending[stream].split('\n');
      pending[stream] = lines.pop() ?? '';
      for (const l of lines) opts.onLine(redact(l), stream);
    };
    child.stdout.setEncoding('utf8').on('data', (c: string) => feed('stdout', c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => feed('stderr', c));
    let timer: NodeJS.Timeout | undefined;
    if (opts.timeoutMs) {
      timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    }
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      if (err.code === 'ENOENT') {
        const result = { command, code: 127, stdout, stderr: `${cmd}: command not found` };
        if (opts.allowFailure) resolve(result);
        else reject(new ExecError(result));
      } else reject(err);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      for (const s of ['stdout', 'stderr'] as const) {
        if (opts.onLine && pending[s]) opts.onLine(redact(pending[s]), s);
      }
      const result = { command, code: code ?? (signal ? 128 + 9 : 1), stdout, stderr };
      if (result.code !== 0 && !opts.allowFailure) reject(new ExecError(result));
      else resolve(result);
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
