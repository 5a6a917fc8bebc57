import type { ArticleFailure } from '@/lib/article/types';
import type { Dictionary } from '@/app/_i18n/types';

/** Files that could not be read as articles, with the reason: listed first, so a broken seed is hard to miss. */
export function FailureList({ failures, t }: { failures: ArticleFailure[]; t: Dictionary }) {
  const s = t.sources;
  return (
    <section
      aria-labelledby="failures-heading"
      className={
        failures.length > 0
          ? 'rounded-lg border-2 border-red-300 bg-red-50 p-4'
          : 'rounded-lg border border-ink/10 bg-white p-4'
      }
      data-testid="failures"
    >
      <h2 id="failures-heading" className="text-xl font-bold">
        {s.failures} ({failures.length})
      </h2>
      {failures.length === 0 ? (
        <p className="text-ink-soft">{s.noFailures}</p>
      ) : (
        <>
          <p className="mb-2 text-sm">{s.failuresIntro}</p>
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="p-1">
                  {s.file}
                </th>
                <th scope="col" className="p-1">
                  {s.reason}
                </th>
              </tr>
            </thead>
            <tbody>
              {failures.map((f) => (
                <tr key={f.fileName} data-file={f.fileName}>
                  <td className="p-1 font-mono text-xs">{f.fileName}</td>
                  <td className="p-1">{f.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
