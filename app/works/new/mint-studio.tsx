"use client";

import { Contract, type InterfaceAbi } from "ethers";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { useWallet } from "@/app/components/wallet/use-wallet";
import { walletErrorMessage } from "@/app/components/wallet/wallet-errors";
import { ROLES } from "@/lib/contracts/mint-request";
import type { MintContext } from "@/lib/provenance/server/get-mint-context";
import {
  bpsToPercent,
  DEFAULT_ROYALTY_BPS,
  defaultSplit,
  percentToBps,
  splitSum,
  TOTAL_BPS,
  type SplitRow,
} from "./default-split";
import { describeMintError } from "./describe-mint-error";

/** Most entries a split may have (the contract's MAX_SHARES). */
const MAX_ROWS = 8;
/** Highest royalty the contract accepts, in basis points. */
const MAX_ROYALTY_BPS = 2_500;

/** A row as edited: the share is the text typed, so "12." can be on its way to "12.5". */
interface EditRow {
  key: number;
  account: string;
  role: string;
  percent: string;
}

/** The answer of POST /api/records. */
interface Draft {
  recordId: string;
  recordHash: string;
  summary: string[];
  typedData: {
    types: Record<string, Array<{ name: string; type: string }>>;
    domain: Record<string, unknown>;
    primaryType: string;
    message: Record<string, unknown>;
  };
}

/** The answer of POST /api/records/:id/sign. */
interface Attestation {
  mintRequest: Record<string, unknown> & { deadline: string; nonce: string; shares: unknown[] };
  mintSignature: string;
  artworkAddress: string;
  chainId: number;
}

type Phase =
  | { kind: "editing" }
  | { kind: "busy"; what: string }
  | { kind: "reviewed"; draft: Draft }
  | { kind: "attested"; draft: Draft; attestation: Attestation }
  | { kind: "pending"; draft: Draft; attestation: Attestation; txHash: string; what: string }
  /** Mined, but the server has not confirmed it yet (it was unreachable): confirm again. */
  | { kind: "mined"; draft: Draft; attestation: Attestation; txHash: string }
  | { kind: "minted"; tokenId: string; txHash?: string };

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = (await response.json().catch(() => undefined)) as { error?: { message?: string; details?: { reason?: string } } } | undefined;
  if (!response.ok) {
    const reason = json?.error?.details?.reason;
    const message = json?.error?.message ?? `The server answered ${response.status}`;
    throw new Error(reason !== undefined && !message.includes(reason) ? `${message} (${reason})` : message);
  }
  return json as T;
}

/** Record, co-sign and mint one kept generation. */
export function MintStudio({ context, abi }: { context: MintContext; abi: InterfaceAbi }) {
  const wallet = useWallet();
  const { generation, chain } = context;
  const contributor = generation.contributor;

  const initialRows = useMemo(
    () =>
      defaultSplit({
        contributor,
        trainer: generation.model.trainerShareAccount,
        trainerShareBps: generation.model.trainerShareBps,
        ...(chain ? { platform: chain.platformAccount } : {}),
      }).map((row, index) => ({ key: index, account: row.account, role: row.role, percent: bpsToPercent(row.bps) })),
    [contributor, generation.model.trainerShareAccount, generation.model.trainerShareBps, chain],
  );
  const [rows, setRows] = useState<EditRow[]>(initialRows);
  const [nextKey, setNextKey] = useState(initialRows.length);
  const [royalty, setRoyalty] = useState(bpsToPercent(DEFAULT_ROYALTY_BPS));
  const [contribution, setContribution] = useState("I wrote the prompt, chose the seed and kept this result.");
  const [parents, setParents] = useState(context.parentTokenIds.join(", "));
  const [error, setError] = useState<string | undefined>();
  const [phase, setPhase] = useState<Phase>(
    context.record?.status === "MINTED" && context.record.tokenId !== null ? { kind: "minted", tokenId: context.record.tokenId } : { kind: "editing" },
  );

  const signedInAsContributor = wallet.signedInAddress?.toLowerCase() === contributor.toLowerCase();

  // After a reload, an attested record is picked up where it was: mint without signing again.
  const resumable = context.record?.status === "ATTESTED" ? context.record.id : undefined;
  useEffect(() => {
    if (resumable === undefined || !signedInAsContributor) return;
    let cancelled = false;
    void (async () => {
      const response = await fetch(`/api/records/${resumable}`, { cache: "no-store" });
      if (!response.ok || cancelled) return;
      const view = (await response.json()) as Draft & { attestation: Attestation | null };
      if (view.attestation !== null && Number(view.attestation.mintRequest.deadline) * 1000 > Date.now()) {
        setPhase((current) => (current.kind === "editing" ? { kind: "attested", draft: view, attestation: view.attestation! } : current));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [resumable, signedInAsContributor]);

  const split: SplitRow[] = rows.map((row) => ({ account: row.account.trim(), role: row.role, bps: percentToBps(row.percent) }));
  const sum = splitSum(split);
  const badRow = split.findIndex((row) => !Number.isFinite(row.bps) || row.bps <= 0 || !/^0x[0-9a-fA-F]{40}$/.test(row.account));
  const royaltyBps = percentToBps(royalty);
  const royaltyOk = Number.isFinite(royaltyBps) && royaltyBps >= 0 && royaltyBps <= MAX_ROYALTY_BPS;
  const parentIds = parents.split(/[\s,]+/).map((p) => p.replace(/^#/, "")).filter((p) => p !== "");
  const parentsOk = parentIds.every((p) => /^[1-9]\d{0,77}$/.test(p));
  const formOk = sum === TOTAL_BPS && badRow < 0 && royaltyOk && parentsOk && contribution.trim() !== "";
  const locked = phase.kind !== "editing" && phase.kind !== "reviewed";

  // Any change after a review makes the shown record stale: review again before signing.
  const edit = (fn: () => void) => {
    fn();
    setError(undefined);
    if (phase.kind === "reviewed") setPhase({ kind: "editing" });
  };

  async function review() {
    setError(undefined);
    setPhase({ kind: "busy", what: "Assembling the record…" });
    try {
      const draft = await postJson<Draft>("/api/records", {
        generationId: generation.id,
        contribution: contribution.trim(),
        split,
        royaltyBps,
        parents: parentIds,
      });
      setPhase({ kind: "reviewed", draft });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase({ kind: "editing" });
    }
  }

  async function sign(draft: Draft) {
    setError(undefined);
    setPhase({ kind: "busy", what: "Waiting for your signature in the wallet…" });
    try {
      const signer = await wallet.getSigner();
      if (signer.address.toLowerCase() !== contributor.toLowerCase()) {
        throw new Error(`The wallet's account is ${signer.address}; switch it to the contributor ${contributor} to sign`);
      }
      const { EIP712Domain: _domainType, ...types } = draft.typedData.types;
      const signature = await signer.signTypedData(draft.typedData.domain, types, draft.typedData.message);
      setPhase({ kind: "busy", what: "The server is checking your signature and attesting…" });
      const attestation = await postJson<Attestation>(`/api/records/${draft.recordId}/sign`, { signature });
      setPhase({ kind: "attested", draft, attestation });
    } catch (e) {
      setError(walletErrorMessage(e));
      setPhase({ kind: "reviewed", draft });
    }
  }

  async function confirm(draft: Draft, attestation: Attestation, txHash: string) {
    setPhase({ kind: "pending", draft, attestation, txHash, what: "Mined; the server is checking the mint on-chain…" });
    try {
      const minted = await postJson<{ tokenId: string }>(`/api/records/${draft.recordId}/minted`, { txHash });
      setPhase({ kind: "minted", tokenId: minted.tokenId, txHash });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase({ kind: "mined", draft, attestation, txHash });
    }
  }

  async function mint(draft: Draft, attestation: Attestation) {
    setError(undefined);
    setPhase({ kind: "busy", what: "Confirm the mint in your wallet…" });
    let txHash: string;
    try {
      const signer = await wallet.getSigner();
      const artwork = new Contract(attestation.artworkAddress, abi, signer);
      const request = { ...attestation.mintRequest, deadline: BigInt(attestation.mintRequest.deadline), nonce: BigInt(attestation.mintRequest.nonce) };
      // Sending estimates gas first, so a request the contract would refuse fails here,
      // with the contract's custom error, before anything is spent.
      const tx = await artwork.getFunction("mint")(request, attestation.mintSignature);
      txHash = tx.hash as string;
      setPhase({ kind: "pending", draft, attestation, txHash, what: "Mint sent; waiting for it to be included in a block…" });
      const receipt = await tx.wait();
      if (receipt === null || receipt.status !== 1) throw new Error(`The mint transaction ${txHash} failed`);
    } catch (e) {
      setError(describeMintError(e, abi));
      setPhase({ kind: "attested", draft, attestation });
      return;
    }
    await confirm(draft, attestation, txHash);
  }

  if (phase.kind === "minted") {
    return (
      <div className="notice ok" data-testid="minted">
        <p>
          Minted as <Link href={`/works/${phase.tokenId}`}>work #{phase.tokenId}</Link>
          {phase.txHash ? (
            <>
              {" "}
              in transaction <code className="mono">{phase.txHash}</code>
            </>
          ) : null}
          .
        </p>
      </div>
    );
  }

  return (
    <div className="mint-studio">
      <div className="work-layout">
        <figure className="work-image">
          <img src={`/ipfs/${generation.imageCid}`} alt={generation.prompt || "The generated image"} />
          <figcaption className="muted">
            {generation.model.name} {generation.model.version} · seed {generation.seed}
          </figcaption>
        </figure>
        <div>
          <h2>What you made</h2>
          <p>
            Prompt: <q>{generation.prompt}</q>
          </p>
          <label htmlFor="contribution">Your contribution, in your words</label>
          <textarea
            id="contribution"
            rows={3}
            maxLength={2000}
            value={contribution}
            disabled={locked}
            onChange={(event) => edit(() => setContribution(event.target.value))}
          />
          <label htmlFor="parents">Remixes works (token ids)</label>
          <input
            id="parents"
            className="mono"
            value={parents}
            disabled={locked}
            placeholder="none"
            onChange={(event) => edit(() => setParents(event.target.value))}
          />
          {context.parentTokenIds.length > 0 ? (
            <p className="muted">Found from the source image: {context.parentTokenIds.map((id) => `#${id}`).join(", ")}.</p>
          ) : null}
          {!parentsOk ? <p className="field-error">Token ids are whole numbers from 1, separated by commas.</p> : null}
        </div>
      </div>

      <h2>Split of first sales and royalties</h2>
      <div className="table-wrap">
        <table className="split-editor" data-testid="split-editor">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Account</th>
              <th scope="col">Share (%)</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key}>
                <td>
                  <select
                    aria-label={`Role of entry ${index + 1}`}
                    value={row.role}
                    disabled={locked}
                    onChange={(event) => edit(() => setRows(rows.map((r) => (r.key === row.key ? { ...r, role: event.target.value } : r))))}
                  >
                    {[...new Set([...ROLES, row.role])].map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`Account of entry ${index + 1}`}
                    className="mono"
                    value={row.account}
                    disabled={locked}
                    onChange={(event) => edit(() => setRows(rows.map((r) => (r.key === row.key ? { ...r, account: event.target.value } : r))))}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Share of entry ${index + 1} in percent`}
                    className="share"
                    inputMode="decimal"
                    value={row.percent}
                    disabled={locked}
                    onChange={(event) => edit(() => setRows(rows.map((r) => (r.key === row.key ? { ...r, percent: event.target.value } : r))))}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="linklike"
                    disabled={locked || rows.length === 1}
                    onClick={() => edit(() => setRows(rows.filter((r) => r.key !== row.key)))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="split-actions">
        <button
          type="button"
          className="button"
          disabled={locked || rows.length >= MAX_ROWS}
          onClick={() =>
            edit(() => {
              setRows([...rows, { key: nextKey, account: "", role: "curator", percent: "0" }]);
              setNextKey(nextKey + 1);
            })
          }
        >
          Add entry
        </button>{" "}
        <button type="button" className="button" disabled={locked} onClick={() => edit(() => setRows(initialRows))}>
          Reset to defaults
        </button>{" "}
        <span className={sum === TOTAL_BPS ? "sum ok" : "sum bad"} data-testid="split-sum" aria-live="polite">
          Total {Number.isFinite(sum) ? bpsToPercent(sum) : "?"}%{sum === TOTAL_BPS ? "" : " — must be 100%"}
        </span>
      </p>
      {badRow >= 0 ? <p className="field-error">Entry {badRow + 1} needs an address (0x and 40 hex digits) and a share above 0%.</p> : null}
      <label htmlFor="royalty">Royalty on resales (%, at most {bpsToPercent(MAX_ROYALTY_BPS)})</label>
      <input
        id="royalty"
        className="share"
        inputMode="decimal"
        value={royalty}
        disabled={locked}
        onChange={(event) => edit(() => setRoyalty(event.target.value))}
      />
      {!royaltyOk ? <p className="field-error">A royalty is a percentage from 0 to {bpsToPercent(MAX_ROYALTY_BPS)}.</p> : null}

      {chain === null ? <p className="notice bad">The chain cannot be reached now, so minting is not possible. Try again shortly.</p> : null}
      {!signedInAsContributor ? (
        <p className="notice">
          Only the contributor <code className="mono">{contributor}</code> can record and mint this generation.{" "}
          {wallet.signedInAddress ? `You are signed in as ${wallet.signedInAddress}. ` : ""}
          <button type="button" className="button" onClick={() => void wallet.signIn().catch((e: unknown) => setError(walletErrorMessage(e)))}>
            Sign in with the contributor&apos;s wallet
          </button>
        </p>
      ) : null}

      <p className="actions">
        <button
          type="button"
          className="button primary"
          disabled={!formOk || !signedInAsContributor || chain === null || locked}
          onClick={() => void review()}
          data-testid="review-record"
        >
          Review the record
        </button>
      </p>

      {phase.kind === "busy" ? (
        <p className="progress" role="status">
          {phase.what}
        </p>
      ) : null}
      {error !== undefined ? (
        <p className="notice bad" role="alert" data-testid="mint-error">
          {error}
        </p>
      ) : null}

      {phase.kind === "reviewed" || phase.kind === "attested" || phase.kind === "pending" || phase.kind === "mined" ? (
        <section className="record-review" aria-labelledby="record-heading">
          <h2 id="record-heading">The record you sign</h2>
          <ul className="record-summary" data-testid="record-summary">
            {phase.draft.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">
            Your signature covers the record&apos;s hash <code className="mono">{phase.draft.recordHash}</code>, which fixes every
            fact above.
          </p>
          {phase.kind === "reviewed" ? (
            <button type="button" className="button primary" onClick={() => void sign(phase.draft)} data-testid="sign-record">
              Sign record
            </button>
          ) : null}
          {phase.kind === "attested" ? (
            <>
              <p>
                Signed and attested. The attestation is valid until{" "}
                {new Date(Number(phase.attestation.mintRequest.deadline) * 1000).toLocaleString()}.
              </p>
              <button type="button" className="button primary" onClick={() => void mint(phase.draft, phase.attestation)} data-testid="mint">
                Mint
              </button>
            </>
          ) : null}
          {phase.kind === "pending" ? (
            <p className="progress" role="status" data-testid="mint-pending">
              {phase.what} Transaction <code className="mono">{phase.txHash}</code>.
            </p>
          ) : null}
          {phase.kind === "mined" ? (
            <p>
              The mint <code className="mono">{phase.txHash}</code> is on-chain, but the server has not recorded it yet.{" "}
              <button type="button" className="button primary" onClick={() => void confirm(phase.draft, phase.attestation, phase.txHash)}>
                Confirm again
              </button>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
