"use client";

/**
 * Fallback for an unexpected error while rendering a page. Server errors arrive here with
 * a generic message and a digest (the details stay in the server log), so the page shows
 * only the digest, which matches the log line.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lead">This page could not be shown. The error has been logged on the server.</p>
      {digest && (
        <p className="muted">
          Reference <code>{digest}</code>
        </p>
      )}
      <div className="actions">
        <button type="button" className="button primary" onClick={() => retry()}>
          Try again
        </button>
      </div>
    </>
  );
}
