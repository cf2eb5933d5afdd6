"use client";

import Link from "next/link";
import { contentUrl, type GenerationResult } from "./api-client";
import styles from "./studio.module.css";

/** Where one result stands with keeping. */
export type KeepState = { status: "idle" } | { status: "keeping" } | { status: "kept"; generationId: string } | { status: "failed"; message: string };

/** The variations of a finished job, each with Keep and "Use as source". */
export function ResultGrid({
  results,
  keepStates,
  onKeep,
  onUseAsSource,
  canUseAsSource,
}: {
  results: GenerationResult[];
  keepStates: KeepState[];
  onKeep(index: number): void;
  onUseAsSource(cid: string): void;
  canUseAsSource: boolean;
}) {
  return (
    <ul className={styles.grid} aria-label="Results">
      {results.map((result, index) => {
        const state = keepStates[index] ?? { status: "idle" };
        return (
          // A style model gives the same image for every seed, so CIDs may repeat.
          <li key={`${index}-${result.cid}`} className={styles.tile} data-testid="result-tile">
            <a href={contentUrl(result.cid)} target="_blank" rel="noreferrer">
              <img src={contentUrl(result.cid)} width={result.width} height={result.height} alt={`Variation ${index + 1}, seed ${result.seed}`} />
            </a>
            <div className={styles.tileBody}>
              <span>
                Seed <code className="mono">{result.seed}</code> · {result.width}×{result.height} · {result.facts.executionProvider} ·{" "}
                {Math.round(result.facts.ms)} ms
              </span>
              <span className="mono" title={result.sha256}>
                {result.sha256.slice(0, 18)}…
              </span>
              <div className={styles.tileActions}>
                {state.status === "kept" ? (
                  <>
                    <span className="badge ok" data-testid="kept-badge">
                      Kept
                    </span>
                    <Link href={`/works/new?generation=${encodeURIComponent(state.generationId)}`} data-testid="kept-link">
                      Record and mint
                    </Link>
                  </>
                ) : (
                  <button
                    type="button"
                    className="button small primary"
                    data-testid="keep-button"
                    disabled={state.status === "keeping"}
                    onClick={() => onKeep(index)}
                  >
                    {state.status === "keeping" ? "Keeping…" : "Keep"}
                  </button>
                )}
                {canUseAsSource ? (
                  <button type="button" className="button small" data-testid="use-as-source" onClick={() => onUseAsSource(result.cid)}>
                    Use as source
                  </button>
                ) : null}
              </div>
              {state.status === "failed" ? (
                <span className="field-error" role="alert">
                  {state.message}
                </span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
