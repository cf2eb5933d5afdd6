"use client";

import { Contract, Interface, type InterfaceAbi } from "ethers";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import type { MarketClientAbis } from "@/lib/market/client-abis";
import { formatEth, parseEthInput } from "@/lib/market/format-amount";
import { listingOwnerProblem } from "@/lib/market/listing-owner-problem";
import { useWallet } from "../wallet/use-wallet";
import { TxProgress } from "./tx-progress";
import { useSendTransaction } from "./use-send-transaction";

/** Countdown lengths offered, in seconds (the contract takes 15 minutes to 30 days). */
const DURATIONS = [
  { seconds: 900, label: "15 minutes" },
  { seconds: 3_600, label: "1 hour" },
  { seconds: 21_600, label: "6 hours" },
  { seconds: 86_400, label: "24 hours" },
  { seconds: 259_200, label: "3 days" },
  { seconds: 604_800, label: "7 days" },
] as const;

export interface ListAuctionFormProps {
  chain: { auctionHouse: string; artwork: string };
  abis: MarketClientAbis;
  /** Token id to prefill (from ?tokenId=). */
  tokenId?: string;
}

/**
 * Lists a work at auction from the connected wallet: approves the AuctionHouse for the
 * token when it may not move it yet, then creates the auction (the token goes into escrow),
 * and opens the new auction's page once the index shows it.
 */
export function ListAuctionForm({ chain, abis, tokenId: initialTokenId = "" }: ListAuctionFormProps) {
  const router = useRouter();
  const wallet = useWallet();
  const artworkInterface = useMemo(() => new Interface(abis.artwork as InterfaceAbi), [abis.artwork]);
  const houseInterface = useMemo(() => new Interface(abis.auctionHouse as InterfaceAbi), [abis.auctionHouse]);
  const approval = useSendTransaction(artworkInterface);
  const listing = useSendTransaction(houseInterface);
  const [tokenId, setTokenId] = useState(initialTokenId);
  const [reserve, setReserve] = useState("");
  const [duration, setDuration] = useState<number>(86_400);
  const [errors, setErrors] = useState<{ tokenId?: string; reserve?: string }>({});
  const [waiting, setWaiting] = useState<string | undefined>(undefined);
  const busy = approval.busy || listing.busy || waiting !== undefined;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const wei = parseEthInput(reserve);
    const next = {
      tokenId: /^[1-9]\d*$/.test(tokenId.trim()) ? undefined : "Enter the work's token id (a whole number from 1)",
      reserve: wei === null ? "Enter a reserve in ETH above zero, e.g. 0.1" : undefined,
    };
    setErrors(next);
    if (next.tokenId || next.reserve || wei === null) return;
    const id = BigInt(tokenId.trim());
    approval.reset();
    listing.reset();

    const signer = await wallet.getSigner().catch(() => undefined);
    if (signer === undefined) {
      await listing.send("List the work", async () => {
        throw new Error("Connect a wallet first");
      });
      return;
    }
    const artwork = new Contract(chain.artwork, artworkInterface, signer);
    const owner = await artwork.getFunction("ownerOf")(id).then(String, () => null);
    const problem = listingOwnerProblem({ tokenId: id, owner, account: signer.address, auctionHouse: chain.auctionHouse });
    if (problem !== undefined) {
      setErrors({ tokenId: problem });
      return;
    }
    const approved =
      String(await artwork.getFunction("getApproved")(id).catch(() => "")).toLowerCase() === chain.auctionHouse.toLowerCase() ||
      (await artwork.getFunction("isApprovedForAll")(signer.address, chain.auctionHouse).catch(() => false)) === true;
    if (!approved) {
      const ok = await approval.send(`Allow the auction house to escrow #${id}`, async (s) => new Contract(chain.artwork, artworkInterface, s).getFunction("approve")(chain.auctionHouse, id));
      if (ok === null) return;
    }
    const receipt = await listing.send(`List #${id} with reserve ${formatEth(wei)}`, async (s) =>
      new Contract(chain.auctionHouse, houseInterface, s).getFunction("createAuction")(chain.artwork, id, wei, duration),
    );
    if (receipt === null) return;
    const created = receipt.logs.map((log) => houseInterface.parseLog(log)).find((e) => e?.name === "AuctionCreated");
    const auctionId = created?.args.getValue("auctionId")?.toString();
    if (auctionId === undefined) return;
    setWaiting(auctionId);
    for (let i = 0; i < 40; i += 1) {
      const response = await fetch(`/api/auctions/${auctionId}`, { cache: "no-store" });
      if (response.ok) {
        listing.markIndexed(receipt.blockNumber);
        router.push(`/auctions/${auctionId}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 750));
    }
    setWaiting(undefined);
  }

  return (
    <form className="panel list-form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="list-token">Token id</label>
        <input
          id="list-token"
          name="tokenId"
          inputMode="numeric"
          autoComplete="off"
          value={tokenId}
          onChange={(e) => setTokenId(e.target.value)}
          aria-invalid={errors.tokenId !== undefined}
          aria-describedby="list-token-error"
          disabled={busy}
        />
        <p id="list-token-error" className="field-error">
          {errors.tokenId ?? ""}
        </p>
      </div>
      <div className="field">
        <label htmlFor="list-reserve">Reserve (ETH)</label>
        <input
          id="list-reserve"
          name="reserve"
          inputMode="decimal"
          autoComplete="off"
          value={reserve}
          onChange={(e) => setReserve(e.target.value)}
          aria-invalid={errors.reserve !== undefined}
          aria-describedby="list-reserve-hint list-reserve-error"
          disabled={busy}
        />
        <p id="list-reserve-hint" className="muted small">
          The lowest first bid. The countdown starts with the first bid at or above it.
        </p>
        <p id="list-reserve-error" className="field-error">
          {errors.reserve ?? ""}
        </p>
      </div>
      <div className="field">
        <label htmlFor="list-duration">Countdown</label>
        <select id="list-duration" name="duration" value={duration} onChange={(e) => setDuration(Number(e.target.value))} disabled={busy}>
          {DURATIONS.map((d) => (
            <option key={d.seconds} value={d.seconds}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? "Listing…" : "List at auction"}
      </button>
      <TxProgress state={approval.state} showIndexed={false} />
      <TxProgress state={listing.state} />
      {waiting !== undefined ? (
        <p role="status" className="muted">
          Auction {waiting} created; opening its page as soon as the index shows it…
        </p>
      ) : null}
    </form>
  );
}
