"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWallet } from "@/app/components/wallet/use-wallet";
import { walletErrorMessage } from "@/app/components/wallet/wallet-errors";

export interface ModelStatusButtonProps {
  modelId: string;
  /** "Ember 1.0.0", for the button's words. */
  modelName: string;
  /** The model's trainer, as its card has it. */
  trainer: string;
  /** The Model row's status: ACTIVE, RETIRED or PENDING. */
  status: string;
  builtIn: boolean;
}

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** POSTs the status change: null when it was made, else the server's refusal in words. */
async function postStatus(modelId: string, status: "active" | "retired"): Promise<string | null> {
  try {
    const response = await fetch(`/api/models/${encodeURIComponent(modelId)}/status`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status }),
      cache: "no-store",
    });
    if (response.ok) return null;
    const json = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return json?.error?.message ?? `The server answered ${response.status} without a reason`;
  } catch {
    return "The server could not be reached; check your connection and try again";
  }
}

/**
 * Retire / Reactivate, shown only to the model's trainer (the connected wallet is the
 * trainer) and never for a built-in model. Signs in first when the session is another
 * account's or there is none.
 */
export function ModelStatusButton({ modelId, modelName, trainer, status, builtIn }: ModelStatusButtonProps) {
  const router = useRouter();
  const wallet = useWallet();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  if (builtIn || (status !== "ACTIVE" && status !== "RETIRED") || !same(wallet.address, trainer)) return null;
  const target = status === "ACTIVE" ? "retired" : "active";

  async function onClick() {
    setBusy(true);
    setError(undefined);
    try {
      if (!same(wallet.signedInAddress, trainer)) await wallet.signIn();
    } catch (failure) {
      setError(`Sign in as the trainer first: ${walletErrorMessage(failure)}`);
      setBusy(false);
      return;
    }
    const refusal = await postStatus(modelId, target);
    setBusy(false);
    if (refusal !== null) setError(refusal);
    else router.refresh();
  }

  return (
    <div className="panel">
      <p>
        {status === "ACTIVE"
          ? "You trained this model. Retiring it stops new works being made with it; the works made so far keep verifying."
          : "You retired this model. Reactivating it offers it for new works again."}
      </p>
      <button type="button" className="button primary" onClick={onClick} disabled={busy}>
        {busy ? "Saving…" : status === "ACTIVE" ? `Retire ${modelName}` : `Reactivate ${modelName}`}
      </button>
      {error !== undefined ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
