import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseFile, type FileAnalysis } from './file-analysis';
import type { ParseReply, ParseRequest } from './parse-messages';

export interface ParsePoolOptions {
  /** The worker's script, parse-worker.ts bundled to plain JavaScript (`buildParseWorker` in scripts/next-build.mjs). */
  workerFile: string;
  /** Threads (default: one per core, at most 4). */
  size?: number;
  /** Threads are stopped after this long without work, and started again when work comes (default 30 s). */
  idleMs?: number;
  log?: (line: string) => void;
}

interface Job {
  fileName: string;
  bytes: Uint8Array;
  resolve: (result: FileAnalysis) => void;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
}

/**
 * Parses files on worker threads: ten thousand articles on a cold start are seconds of CPU, and the analysis of
 * one article needs nothing from another, so every core can take a share. A worker that cannot start or dies
 * hands its files back to be parsed in this thread, and the pool parses in this thread from then on: a pool
 * problem costs speed, never an article.
 */
export class ParsePool {
  private threads: Thread[] = [];
  private nextId = 1;
  private broken = false;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly opts: ParsePoolOptions) {}

  /** Threads are up (and warm): even one file is parsed sooner there than by a cold start of this thread's parser. */
  get running(): boolean {
    return !this.broken && this.threads.length > 0;
  }

  analyse(fileName: string, bytes: Uint8Array): Promise<FileAnalysis> {
    if (this.broken) return Promise.resolve(analyseFile(fileName, bytes));
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.threads.length === 0) this.start();
    const thread = this.threads.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      thread.jobs.set(id, { fileName, bytes, resolve });
      thread.worker.ref(); // a thread with work keeps the process alive until it answers
      const request: ParseRequest = { id, fileName, bytes };
      thread.worker.postMessage(request);
    });
  }

  /** Stops the threads; files they had not answered yet are parsed in this thread. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const threads = this.threads;
    this.threads = [];
    await Promise.all(threads.map((t) => this.retire(t)));
  }

  private start(): void {
    const size = this.opts.size ?? Math.min(4, Math.max(1, availableParallelism()));
    for (let i = 0; i < size; i++) {
      const thread: Thread = { worker: new Worker(this.opts.workerFile), jobs: new Map() };
      thread.worker.unref();
      thread.worker.on('message', (reply: ParseReply) => this.answered(thread, reply));
      thread.worker.on('error', (e) => this.fail(thread, `a parse worker failed: ${e.message}`));
      thread.worker.on('messageerror', (e) => this.fail(thread, `a parse worker's answer could not be read: ${e.message}`));
      thread.worker.on('exit', (code) => {
        if (this.threads.includes(thread)) this.fail(thread, `a parse worker stopped (exit code ${code})`);
      });
      this.threads.push(thread);
    }
  }

  private answered(thread: Thread, { id, result }: ParseReply): void {
    const job = thread.jobs.get(id);
    if (!job) return;
    thread.jobs.delete(id);
    job.resolve(result);
    if (thread.jobs.size === 0) thread.worker.unref();
    if (this.threads.every((t) => t.jobs.size === 0)) this.scheduleIdleStop();
  }

  /** From now on this pool parses in this thread (logged once); the thread's unanswered files are parsed here. */
  private fail(thread: Thread, reason: string): void {
    if (!this.broken) (this.opts.log ?? console.warn)(`[jylnama] ${reason}; parsing in the main thread from now on`);
    this.broken = true;
    const threads = this.threads;
    this.threads = [];
    for (const t of threads.includes(thread) ? threads : [...threads, thread]) void this.retire(t);
  }

  private async retire(thread: Thread): Promise<void> {
    const jobs = [...thread.jobs.values()];
    thread.jobs.clear();
    await thread.worker.terminate().catch(() => 0);
    for (const job of jobs) job.resolve(analyseFile(job.fileName, job.bytes));
  }

  private scheduleIdleStop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.threads.some((t) => t.jobs.size > 0)) return;
      const threads = this.threads;
      this.threads = [];
      for (const t of threads) void t.worker.terminate();
    }, this.opts.idleMs ?? 30_000);
    this.idleTimer.unref?.();
  }
}
