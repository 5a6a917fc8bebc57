import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseFile, type FileAnalysis } from '@/lib/corpus/build-corpus';
import type { ParseReply, ParseRequest } from './parse-messages';
import { articleIdFromFileName } from '@/lib/article/read-article';

export interface ParsePoolOptions {
  /** The worker's script, parse-worker.ts bundled to plain JavaScript (`buildParseWorker` in scripts/next-build.mjs). */
  workerFile: string;
  /** Threads (default: one per core, at most 4). */
  size?: number;
  /** After this long without work all threads but one are stopped (default 30 s); more start when work comes. */
  idleMs?: number;
  /**
   * The most one article may take to parse (default 20 s). Past it the thread is stopped, the article is reported as
   * too slow to parse, and the thread's other files go to a fresh one.
   */
  budgetMs?: number;
  log?: (line: string) => void;
}

interface Job {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  resolve: (result: FileAnalysis) => void;
  timer: ReturnType<typeof setTimeout> | null;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
}

/**
 * Parses files on worker threads, so that parsing never holds up the server's own thread: a cold start over ten
 * thousand articles takes every core, and a 2 MB article dense with dates is parsed while requests are answered.
 * A worker that cannot start or dies hands its files back to be parsed in this thread, and the pool parses in this
 * thread from then on: a pool problem costs speed, never an article.
 */
export class ParsePool {
  private threads: Thread[] = [];
  private nextId = 1;
  private broken = false;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly opts: ParsePoolOptions) {}

  private get size(): number {
    return this.opts.size ?? Math.min(4, Math.max(1, availableParallelism()));
  }

  analyse(fileName: string, bytes: Uint8Array): Promise<FileAnalysis> {
    if (this.broken) return Promise.resolve(analyseFile(fileName, bytes));
    return new Promise((resolve) => this.dispatch({ id: this.nextId++, fileName, bytes, resolve, timer: null }));
  }

  /** Stops the threads; files they had not answered yet are parsed in this thread. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const threads = this.threads;
    this.threads = [];
    await Promise.all(threads.map((t) => this.retire(t)));
  }

  private dispatch(job: Job): void {
    if (this.broken) {
      job.resolve(analyseFile(job.fileName, job.bytes));
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    while (this.threads.length < this.size) this.threads.push(this.startThread());
    const thread = this.threads.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    thread.jobs.set(job.id, job);
    thread.worker.ref(); // a thread with work keeps the process alive until it answers
    const budget = this.opts.budgetMs ?? 20_000;
    // The budget counts from when the thread starts on it: the files queued before it on the same thread first.
    job.timer = setTimeout(() => this.tooSlow(thread, job), budget * thread.jobs.size);
    const request: ParseRequest = { id: job.id, fileName: job.fileName, bytes: job.bytes };
    thread.worker.postMessage(request);
  }

  private startThread(): Thread {
    const thread: Thread = { worker: new Worker(this.opts.workerFile), jobs: new Map() };
    thread.worker.unref();
    thread.worker.on('message', (reply: ParseReply) => this.answered(thread, reply));
    thread.worker.on('error', (e) => this.fail(thread, `a parse worker failed: ${e.message}`));
    thread.worker.on('messageerror', (e) =>
      this.fail(thread, `a parse worker's answer could not be read: ${e.message}`),
    );
    thread.worker.on('exit', (code) => {
      if (this.threads.includes(thread)) this.fail(thread, `a parse worker stopped (exit code ${code})`);
    });
    return thread;
  }

  private answered(thread: Thread, { id, result }: ParseReply): void {
    const job = thread.jobs.get(id);
    if (!job) return;
    thread.jobs.delete(id);
    if (job.timer) clearTimeout(job.timer);
    job.resolve(result);
    if (thread.jobs.size === 0) thread.worker.unref();
    if (this.threads.every((t) => t.jobs.size === 0)) this.scheduleIdleStop();
  }

  /** An article over its budget: its thread is stopped, it is reported, and the thread's other files start again. */
  private tooSlow(thread: Thread, job: Job): void {
    if (!thread.jobs.has(job.id)) return;
    const seconds = Math.round((this.opts.budgetMs ?? 20_000) / 1000);
    (this.opts.log ?? console.warn)(
      `[jylnama] ${job.fileName}: parsing took longer than ${seconds} s; stopped, and reported as too slow to parse`,
    );
    this.threads = this.threads.filter((t) => t !== thread);
    const others = [...thread.jobs.values()].filter((j) => j !== job);
    thread.jobs.clear();
    void thread.worker.terminate();
    const id = articleIdFromFileName(job.fileName);
    job.resolve({
      ok: false,
      failure: {
        id,
        fileName: job.fileName,
        reason: `too slow to parse: it took longer than ${seconds} s, and was stopped`,
      },
    });
    for (const other of others) {
      if (other.timer) clearTimeout(other.timer);
      this.dispatch(other);
    }
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
    for (const job of jobs) {
      if (job.timer) clearTimeout(job.timer);
      job.resolve(analyseFile(job.fileName, job.bytes));
    }
  }

  private scheduleIdleStop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.threads.some((t) => t.jobs.size > 0)) return;
      // One thread stays, warm, for the next dropped file; the others give their memory back.
      const [kept, ...rest] = this.threads;
      this.threads = kept ? [kept] : [];
      for (const t of rest) void t.worker.terminate();
    }, this.opts.idleMs ?? 30_000);
    this.idleTimer.unref?.();
  }
}
