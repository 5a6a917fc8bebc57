'use client';

import { CopyButton } from './copy-button';
import { ShareButton } from './share-button';

interface Props {
  /** Absolute URL of the event's page. */
  url: string;
  title: string;
  labels: { copyLink: string; copied: string; copyFailed: string; share: string };
}

/** "Copy link" and "Share…" for one event: the link is the event's permanent page. */
export function EventShare({ url, title, labels }: Props) {
  return (
    <div className="js-only flex flex-wrap items-center gap-2" data-testid="event-share">
      <CopyButton text={() => url} label={labels.copyLink} done={labels.copied} failed={labels.copyFailed} />
      <ShareButton url={() => url} title={title} label={labels.share} />
    </div>
  );
}
