'use client';

/** Opens the browser's print dialog (print it, or save it as PDF); not itself printed. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="rounded border border-accent bg-accent px-3 py-1.5 font-semibold text-white hover:bg-accent-dark print:hidden"
      onClick={() => window.print()}
      data-testid="print-button"
    >
      {label}
    </button>
  );
}
