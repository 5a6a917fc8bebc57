// Runs once when `next start` (or `next dev`) boots. The work is in a Node-only module (app/_lib/corpus/start-up.ts),
// imported for the Node runtime alone, so that the Edge build of this file carries none of it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startUp } = await import('./app/_lib/corpus/start-up');
    await startUp();
  }
}
