"use client";

import { Contract, Interface, ZeroAddress, type InterfaceAbi } from "ethers";
import { useRouter } from "next/navigation";
import { useMemo } from "react";

/** Refreshes the page now and again shortly after: the index shows a mined transaction within a poll or two. */
function refreshSoon(router: ReturnType<typeof useRouter>): void {
  for (const delay of [1_500, 4_000]) setTimeout(() => router.refresh(), delay);
}
import type { AbiFragment } from "@/lib/market/client-abis";
import { formatEth } from "@/lib/market/format-amount";
import { useWallet } from "../wallet/use-wallet";
import { TxProgress } from "./tx-progress";
import { useSendTransaction } from "./use-send-transaction";

/** Withdraws the connected account's AuctionHouse credit (refunds or proceeds whose push failed). */
export function WithdrawCreditButton({ auctionHouse, abi, amount, account }: { auctionHouse: string; abi: AbiFragment[]; amount: string; account: string }) {
  const iface = useMemo(() => new Interface(abi as InterfaceAbi), [abi]);
  const tx = useSendTransaction(iface);
  const router = useRouter();
  const { address } = useWallet();
  const mine = address?.toLowerCase() === account;
  const onClick = async () => {
    const receipt = await tx.send(`Withdraw ${formatEth(amount)}`, (signer) => new Contract(auctionHouse, iface, signer).getFunction("withdraw")());
    if (receipt !== null) refreshSoon(router);
  };
  return (
    <div className="withdraw">
      <button type="button" className="button" onClick={onClick} disabled={tx.busy || !mine} title={mine ? undefined : "Connect this account's wallet to withdraw"}>
        Withdraw {formatEth(amount)}
      </button>
      <TxProgress state={tx.state} showIndexed={false} />
    </div>
  );
}

/**
 * Pays `account` what a splitter owes it. Anyone may send it (the money only ever goes to
 * the account), so it works from any connected wallet.
 */
export function SplitterWithdrawButton({ splitter, abi, amount, account }: { splitter: string; abi: AbiFragment[]; amount: string; account: string }) {
  const iface = useMemo(() => new Interface(abi as InterfaceAbi), [abi]);
  const tx = useSendTransaction(iface);
  const router = useRouter();
  const onClick = async () => {
    const receipt = await tx.send(`Withdraw ${formatEth(amount)} from the split`, (signer) =>
      new Contract(splitter, iface, signer).getFunction("withdraw")(ZeroAddress, account),
    );
    if (receipt !== null) refreshSoon(router);
  };
  return (
    <div className="withdraw">
      <button type="button" className="button" onClick={onClick} disabled={tx.busy}>
        Withdraw {formatEth(amount)}
      </button>
      <TxProgress state={tx.state} showIndexed={false} />
    </div>
  );
}
