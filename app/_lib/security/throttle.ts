/**
 * Failed editor-token checks per client: after `limit` failures in a window the client is refused (429) without
 * its token being compared, until the window has passed. The first failure of a window and the moment a client is
 * throttled are logged (the address, never the token); the attempts in between are counted, not logged, so that
 * 500 wrong tokens a second cannot flood the log either.
 */
export class FailureThrottle {
  private readonly clients = new Map<string, { since: number; failures: number; throttledLogged: boolean }>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
    private readonly log: (line: string) => void = (l) => console.warn(l),
    private readonly maxClients = 10_000,
  ) {}

  /** Seconds until `client` may try again, or 0 when it may try now. */
  retryAfter(client: string, now = Date.now()): number {
    const entry = this.clients.get(client);
    if (!entry || now - entry.since >= this.windowMs) return 0;
    return entry.failures >= this.limit ? Math.ceil((entry.since + this.windowMs - now) / 1000) : 0;
  }

  failed(client: string, what: string, now = Date.now()): void {
    let entry = this.clients.get(client);
    if (!entry || now - entry.since >= this.windowMs) {
      entry = { since: now, failures: 0, throttledLogged: false };
      this.clients.delete(client);
      this.clients.set(client, entry);
      if (this.clients.size > this.maxClients) this.clients.delete(this.clients.keys().next().value!);
    }
    entry.failures++;
    if (entry.failures === 1) this.log(`[jylnama] ${what} from ${client}`);
    if (entry.failures === this.limit && !entry.throttledLogged) {
      entry.throttledLogged = true;
      this.log(
        `[jylnama] ${client} failed ${this.limit} times in ${this.windowMs / 1000} s: refused (429) until the window has passed`,
      );
    }
  }
}

/** One throttle per server process, shared by the API and the Add page's action. */
const holder = globalThis as unknown as { __jylnamaEditorThrottle?: FailureThrottle };
export function editorThrottle(): FailureThrottle {
  return (holder.__jylnamaEditorThrottle ??= new FailureThrottle());
}
