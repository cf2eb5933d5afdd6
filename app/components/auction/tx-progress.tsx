"use client";

import type { TxState } from "./use-send-transaction";

const STEPS = [
  { phase: "wallet", label: "Confirm in your wallet" },
  { phase: "pending", label: "Waiting for the block" },
  { phase: "confirmed", label: "Mined; updating the page" },
  { phase: "indexed", label: "Done" },
] as const;

const ORDER = ["wallet", "pending", "confirmed", "indexed"];

/**
 * A sent transaction's progress as a short list of steps (the current one marked), its
 * hash, and, when it failed, the reason in words. Announced to screen readers as it moves.
 */
export function TxProgress({ state, showIndexed = true }: { state: TxState; showIndexed?: boolean }) {
  if (state.phase === "idle") return null;
  if (state.phase === "failed") {
    return (
      <div className="tx-progress failed" role="alert">
        <strong>{state.label ? `${state.label}: not done.` : "Not done."}</strong> {state.error}
      </div>
    );
  }
  const steps = showIndexed ? STEPS : STEPS.filter((s) => s.phase !== "indexed");
  const current = ORDER.indexOf(state.phase);
  return (
    <div className="tx-progress" role="status" aria-live="polite">
      {state.label ? <strong>{state.label}</strong> : null}
      <ol className="tx-steps">
        {steps.map((step) => {
          const index = ORDER.indexOf(step.phase);
          const status = index < current || (state.phase === "indexed" && index === current) ? "done" : index === current ? "current" : "todo";
          return (
            <li key={step.phase} className={status} aria-current={status === "current" ? "step" : undefined}>
              {step.phase === "confirmed" && state.block !== undefined ? `Mined in block ${state.block}; updating the page` : step.label}
            </li>
          );
        })}
      </ol>
      {state.hash ? (
        <p className="muted small">
          Transaction <code>{state.hash}</code>
        </p>
      ) : null}
    </div>
  );
}
