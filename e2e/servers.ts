/** Until `origin/api/health` answers 200 (a server of a spec's own, started with `next start`). */
export async function healthy(origin: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const res = await fetch(`${origin}/api/health`).catch(() => null);
    if (res?.status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${origin} did not become healthy`);
}
