import { sql, type Kysely } from 'kysely';
import type { Correction, CorrectionOp } from '@/lib/corpus/corrections/types';
import type { Database } from './schema';

/** The channel a new correction is announced on (its id): every server applies it at once. */
export const CORRECTIONS_CHANNEL = 'jylnama_corrections';

/** Editors' corrections in PostgreSQL: written once, never changed, read whole (they are few beside the corpus). */
export class CorrectionsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every correction, in the order made. */
  async all(): Promise<Correction[]> {
    const rows = await this.db
      .selectFrom('corrections')
      .select(['id', 'event_id', 'evidence', 'op', 'editor', 'made_at'])
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      eventId: r.event_id,
      evidence: r.evidence as string[],
      op: r.op as CorrectionOp,
      editor: r.editor,
      at: new Date(r.made_at).toISOString(),
    }));
  }

  /**
   * Keeps a correction and announces it, in one transaction. With `expectedLast`, only when the last correction
   * of these events is still that one (null: none): two editors changing one event at once, the second is told
   * (false comes back) and nothing of theirs is written.
   */
  async add(c: Correction, check?: { eventIds: string[]; expectedLast: string | null }): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      // One writer at a time: the check and the write must see the same corrections.
      await sql`lock table corrections in share row exclusive mode`.execute(tx);
      if (check && check.eventIds.length > 0) {
        const last = await tx
          .selectFrom('corrections')
          .select('id')
          .where('event_id', 'in', check.eventIds)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        if ((last?.id ?? null) !== check.expectedLast) return false;
      }
      await tx
        .insertInto('corrections')
        .values({
          id: c.id,
          event_id: c.eventId,
          evidence: JSON.stringify(c.evidence),
          op: JSON.stringify(c.op),
          editor: c.editor,
          made_at: new Date(c.at),
        })
        .execute();
      await sql`select pg_notify(${CORRECTIONS_CHANNEL}, ${c.id})`.execute(tx);
      return true;
    });
  }
}
