// `npx tsx scripts/eval/same-event-candidates.ts`: gold events of different evaluation sets that may be one real
// event (same scoring family, overlapping gold dates), with their evidence, for a person to confirm into
// eval/same-events.json. It only proposes: deciding that two keys are one event is an annotator's call.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { edtfToInterval } from '../../lib/corpus/interval';
import { mergedGold, scoringFamily } from './corpus-score';
import { applySameEvents, loadFixtures, loadKeyedFolder, type GoldEvent } from './gold';

import { eventsDevDir } from './datasets';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dev = eventsDevDir(root);
const sets = [
  ...loadFixtures(path.join(root, 'lib/events/fixtures')),
  ...(existsSync(dev) ? [loadKeyedFolder(dev, 'events-dev')] : []),
  ...['eval/events', 'eval/seeds'].filter((d) => existsSync(path.join(root, d))).map((d) => loadKeyedFolder(path.join(root, d), d)),
];
const gold = applySameEvents(sets, []);
const texts = new Map(sets.flatMap((s) => s.files).map((f) => [f.fileName, new TextDecoder().decode(f.bytes ?? new Uint8Array())]));
const quote = (g: GoldEvent) => {
  const c = g.claims[0]!;
  return texts.get(c.fileName)!.slice(c.evidence.start, c.evidence.end).slice(0, 80);
};
for (let i = 0; i < gold.length; i++) {
  for (let j = i + 1; j < gold.length; j++) {
    const a = gold[i]!;
    const b = gold[j]!;
    if (a.set === b.set || scoringFamily(a.type) !== scoringFamily(b.type)) continue;
    const x = mergedGold(a).when ? edtfToInterval(mergedGold(a).when!) : null;
    const y = mergedGold(b).when ? edtfToInterval(mergedGold(b).when!) : null;
    if (!x || !y || x.start > y.end || y.start > x.end) continue;
    console.log(`${a.key} | ${b.key} | ${a.type}/${b.type} ${mergedGold(a).when} ~ ${mergedGold(b).when}\n   «${quote(a)}»\n   «${quote(b)}»`);
  }
}
