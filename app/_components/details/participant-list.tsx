import Link from 'next/link';
import type { ParticipantView } from '@/app/_lib/event/event-details';

export function ParticipantList({ participants, empty }: { participants: ParticipantView[]; empty: string }) {
  if (participants.length === 0) return <>{empty}</>;
  return (
    <ul className="space-y-1">
      {participants.map((p) => (
        <li key={`${p.id}-${p.role}`}>
          {p.href ? (
            <Link href={p.href} className="text-accent underline underline-offset-2">
              {p.name}
            </Link>
          ) : (
            p.name
          )}{' '}
          <span className="text-ink-soft">({p.role})</span>
        </li>
      ))}
    </ul>
  );
}
