"use client";

import { Interface, isAddress, type InterfaceAbi } from "ethers";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import type { AdminClientAbis } from "@/lib/admin/admin-client-abis";
import type { AdminSettings, PreparedOwnerTransaction } from "@/lib/admin/admin-json";
import { TxProgress } from "../components/auction/tx-progress";
import { useSendTransaction } from "../components/auction/use-send-transaction";
import { useWallet } from "../components/wallet/use-wallet";

export interface AdminPanelProps {
  settings: AdminSettings;
  abis: AdminClientAbis;
}

/** Why the server would not prepare a transaction: its message, and the field it names. */
interface Refusal {
  field?: string;
  message: string;
}

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();
const percent = (bps: number) => `${bps / 100}%`;

/** POSTs to an admin route: the prepared transaction, or the route's refusal in words. */
async function prepare(endpoint: string, body: unknown): Promise<PreparedOwnerTransaction | Refusal> {
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
    const json = (await response.json().catch(() => null)) as
      | (PreparedOwnerTransaction & { error?: { message?: string; details?: { field?: unknown } } })
      | null;
    if (response.ok && json?.transaction !== undefined) return json;
    const field = json?.error?.details?.field;
    return {
      ...(typeof field === "string" ? { field } : {}),
      message: json?.error?.message ?? `The server answered ${response.status} without a reason`,
    };
  } catch {
    return { message: "The server could not be reached; check your connection and try again" };
  }
}

/**
 * Asks an admin route for the owner's transaction, then sends it from the connected wallet
 * and reloads the page's facts once it is mined.
 */
function useOwnerTransaction(abi: AdminClientAbis[keyof AdminClientAbis]) {
  const router = useRouter();
  const iface = useMemo(() => new Interface(abi as InterfaceAbi), [abi]);
  const tx = useSendTransaction(iface);
  const [refusal, setRefusal] = useState<Refusal | undefined>(undefined);
  const [preparing, setPreparing] = useState(false);

  async function submit(endpoint: string, body: unknown) {
    setRefusal(undefined);
    tx.reset();
    setPreparing(true);
    const prepared = await prepare(endpoint, body);
    setPreparing(false);
    if (!("transaction" in prepared)) {
      setRefusal(prepared);
      return;
    }
    const { to, data } = prepared.transaction;
    const receipt = await tx.send(prepared.summary, (signer) => signer.sendTransaction({ to, data }));
    if (receipt !== null) router.refresh();
  }

  return { submit, refusal, setRefusal, state: tx.state, busy: preparing || tx.busy };
}

/** The attestor keys, each with whether the Artwork contract accepts its attestations now. */
function AttestorTable({ attestors }: { attestors: AdminSettings["artwork"]["attestors"] }) {
  return (
    <div className="table-wrap">
      <table className="market-table">
        <thead>
          <tr>
            <th scope="col">Attestor</th>
            <th scope="col">May attest mints</th>
          </tr>
        </thead>
        <tbody>
          {attestors.map((a) => (
            <tr key={a.address}>
              <td>
                <span className="mono">{a.address}</span>
                {a.server ? <span className="muted small"> (this server&apos;s key)</span> : null}
              </td>
              <td>
                <span className={`badge ${a.allowed ? "ok" : "bad"}`}>{a.allowed ? "allowed" : "not allowed"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Allows or revokes an attestor key (the Artwork owner only). */
function AttestorForm({ abi }: { abi: AdminClientAbis["artwork"] }) {
  const action = useOwnerTransaction(abi);
  const [attestor, setAttestor] = useState("");
  const [allowed, setAllowed] = useState(true);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!isAddress(attestor.trim())) {
      action.setRefusal({ field: "attestor", message: "Enter the attestor's address: 0x followed by 40 hex digits" });
      return;
    }
    await action.submit("/api/admin/attestors", { attestor: attestor.trim(), allowed });
  }

  const fieldError = action.refusal?.field === "attestor" ? action.refusal.message : "";
  return (
    <form className="panel list-form" onSubmit={onSubmit} noValidate aria-labelledby="attestor-form-heading">
      <h3 id="attestor-form-heading" className="panel-heading">
        Allow or revoke an attestor
      </h3>
      <div className="field">
        <label htmlFor="admin-attestor">Attestor address</label>
        <input
          id="admin-attestor"
          name="attestor"
          autoComplete="off"
          spellCheck={false}
          value={attestor}
          onChange={(e) => setAttestor(e.target.value)}
          aria-invalid={fieldError !== ""}
          aria-describedby="admin-attestor-error"
          disabled={action.busy}
        />
        <p id="admin-attestor-error" className="field-error">
          {fieldError}
        </p>
      </div>
      <div className="field">
        <label htmlFor="admin-allowed">Change</label>
        <select id="admin-allowed" name="allowed" value={allowed ? "allow" : "revoke"} onChange={(e) => setAllowed(e.target.value === "allow")} disabled={action.busy}>
          <option value="allow">Allow it to attest mints</option>
          <option value="revoke">Revoke it</option>
        </select>
      </div>
      <button type="submit" className="button primary" disabled={action.busy}>
        {action.busy ? "Working…" : allowed ? "Allow attestor" : "Revoke attestor"}
      </button>
      {action.refusal !== undefined && action.refusal.field !== "attestor" ? (
        <p className="notice bad" role="alert">
          {action.refusal.message}
        </p>
      ) : null}
      <TxProgress state={action.state} showIndexed={false} />
    </form>
  );
}

/** Sets the platform fee and its recipient (the AuctionHouse owner only). */
function FeeForm({ abi, house }: { abi: AdminClientAbis["auctionHouse"]; house: AdminSettings["auctionHouse"] }) {
  const action = useOwnerTransaction(abi);
  const [recipient, setRecipient] = useState(house.feeRecipient);
  const [bps, setBps] = useState(String(house.feeBps));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!isAddress(recipient.trim())) {
      action.setRefusal({ field: "recipient", message: "Enter the recipient's address: 0x followed by 40 hex digits" });
      return;
    }
    const value = Number(bps.trim());
    if (!/^\d+$/.test(bps.trim()) || value > house.maxFeeBps) {
      action.setRefusal({ field: "bps", message: `Enter a whole number of basis points from 0 to ${house.maxFeeBps} (${percent(house.maxFeeBps)})` });
      return;
    }
    await action.submit("/api/admin/platform-fee", { recipient: recipient.trim(), bps: value });
  }

  const errorOf = (field: string) => (action.refusal?.field === field ? action.refusal.message : "");
  return (
    <form className="panel list-form" onSubmit={onSubmit} noValidate aria-labelledby="fee-form-heading">
      <h3 id="fee-form-heading" className="panel-heading">
        Set the platform fee
      </h3>
      <div className="field">
        <label htmlFor="admin-fee-recipient">Recipient</label>
        <input
          id="admin-fee-recipient"
          name="recipient"
          autoComplete="off"
          spellCheck={false}
          value={recipient}
          onChange={(e) => setRecipient(e.target.value)}
          aria-invalid={errorOf("recipient") !== ""}
          aria-describedby="admin-fee-recipient-error"
          disabled={action.busy}
        />
        <p id="admin-fee-recipient-error" className="field-error">
          {errorOf("recipient")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="admin-fee-bps">Fee (basis points)</label>
        <input
          id="admin-fee-bps"
          name="bps"
          inputMode="numeric"
          autoComplete="off"
          value={bps}
          onChange={(e) => setBps(e.target.value)}
          aria-invalid={errorOf("bps") !== ""}
          aria-describedby="admin-fee-bps-hint admin-fee-bps-error"
          disabled={action.busy}
        />
        <p id="admin-fee-bps-hint" className="muted small">
          100 basis points are 1% of the winning bid; the contract takes at most {house.maxFeeBps} ({percent(house.maxFeeBps)}).
        </p>
        <p id="admin-fee-bps-error" className="field-error">
          {errorOf("bps")}
        </p>
      </div>
      <button type="submit" className="button primary" disabled={action.busy}>
        {action.busy ? "Working…" : "Set fee"}
      </button>
      {action.refusal !== undefined && action.refusal.field !== "recipient" && action.refusal.field !== "bps" ? (
        <p className="notice bad" role="alert">
          {action.refusal.message}
        </p>
      ) : null}
      <TxProgress state={action.state} showIndexed={false} />
    </form>
  );
}

/**
 * The contracts' owners, attestors and platform fee; the forms that change them appear
 * only while the wallet is signed in as the owner of the contract concerned (the routes
 * check the same on-chain owner, so this only spares others a refusal).
 */
export function AdminPanel({ settings, abis }: AdminPanelProps) {
  const wallet = useWallet();
  const signedIn = wallet.signedInAddress;
  const { artwork, auctionHouse: house } = settings;
  const ownsArtwork = same(signedIn, artwork.owner);
  const ownsHouse = same(signedIn, house.owner);
  const oneOwner = same(artwork.owner, house.owner);

  return (
    <>
      <section className="panel" aria-labelledby="admin-artwork-heading">
        <h2 id="admin-artwork-heading" className="panel-heading">
          Artwork: attestors
        </h2>
        <dl className="facts">
          <div>
            <dt>Contract</dt>
            <dd className="mono">{artwork.address}</dd>
          </div>
          <div>
            <dt>Owner</dt>
            <dd className="mono">{artwork.owner}</dd>
          </div>
        </dl>
        <AttestorTable attestors={artwork.attestors} />
      </section>

      <section className="panel" aria-labelledby="admin-house-heading">
        <h2 id="admin-house-heading" className="panel-heading">
          Auction house: platform fee
        </h2>
        <dl className="facts">
          <div>
            <dt>Contract</dt>
            <dd className="mono">{house.address}</dd>
          </div>
          <div>
            <dt>Owner</dt>
            <dd className="mono">{house.owner}</dd>
          </div>
          <div>
            <dt>Fee</dt>
            <dd className="amount">{percent(house.feeBps)}</dd>
          </div>
          <div>
            <dt>Paid to</dt>
            <dd className="mono">{house.feeRecipient}</dd>
          </div>
          <div>
            <dt>Cap</dt>
            <dd>{percent(house.maxFeeBps)}</dd>
          </div>
        </dl>
      </section>

      {ownsArtwork || ownsHouse ? null : (
        <p className="notice" role="status">
          {oneOwner ? (
            <>
              Only the owner <span className="mono">{artwork.owner}</span> can change these settings
            </>
          ) : (
            <>
              Only the owners can change these settings: <span className="mono">{artwork.owner}</span> the attestors,{" "}
              <span className="mono">{house.owner}</span> the fee
            </>
          )}
          {signedIn !== undefined
            ? `; you are signed in as ${signedIn}.`
            : oneOwner
              ? "; sign in with that account to change them."
              : "; sign in with one of those accounts to change them."}
        </p>
      )}
      {ownsArtwork ? <AttestorForm abi={abis.artwork} /> : null}
      {ownsHouse ? <FeeForm abi={abis.auctionHouse} house={house} /> : null}
      {(ownsArtwork || ownsHouse) && !(ownsArtwork && ownsHouse) ? (
        <p className="muted">
          {ownsArtwork ? (
            <>
              The platform fee is the auction house owner&apos;s, <span className="mono">{house.owner}</span>, to change.
            </>
          ) : (
            <>
              Attestors are the Artwork owner&apos;s, <span className="mono">{artwork.owner}</span>, to change.
            </>
          )}
        </p>
      ) : null}
    </>
  );
}
