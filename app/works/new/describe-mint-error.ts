import { decodeBytes32String, Interface, type InterfaceAbi } from "ethers";

/** A decoded custom error: its name and arguments. */
interface Revert {
  name: string;
  args: readonly unknown[];
}

function bpsText(value: unknown): string {
  return `${Number(value) / 100}%`;
}

function fieldName(value: unknown): string {
  try {
    return decodeBytes32String(String(value));
  } catch {
    return String(value);
  }
}

/** Artwork's custom errors in words: what went wrong and what to do. */
const EXPLAIN: Record<string, (args: readonly unknown[]) => string> = {
  ArtworkAttestationExpired: ([deadline]) =>
    `The attestation expired at ${new Date(Number(deadline) * 1000).toLocaleString()}; sign the record again to get a fresh one.`,
  ArtworkSenderNotContributor: ([sender, contributor]) =>
    `Only the contributor ${String(contributor)} may send this mint, and the wallet sent it from ${String(sender)}; switch the wallet to the contributor's account.`,
  ArtworkEmptyField: ([field]) => `The mint request has no ${fieldName(field)}; prepare the record again.`,
  ArtworkRoyaltyTooHigh: ([royalty, max]) => `A royalty of ${bpsText(royalty)} is above the contract's cap of ${bpsText(max)}; lower it.`,
  ArtworkContentAlreadyMinted: ([, tokenId]) => `This image is already minted, as work #${String(tokenId)}.`,
  ArtworkNonceUsed: () => "This attestation was already used; sign the record again to get a fresh one.",
  ArtworkInvalidSignature: () => "The server's attestation signature is not valid; sign the record again.",
  ArtworkUnauthorizedAttestor: ([signer]) =>
    `The server's attestor ${String(signer)} is not authorised on this Artwork contract; the operator has to authorise it.`,
  ArtworkSplitLength: ([length, max]) => `The split has ${String(length)} entries; it needs 1 to ${String(max)}.`,
  ArtworkShareInvalid: ([index]) => `Split entry ${Number(index) + 1} has no account, role or share.`,
  ArtworkSplitUnsorted: ([index]) => `Split entry ${Number(index) + 1} repeats or is out of order; prepare the record again.`,
  ArtworkSplitSum: ([sum]) => `The split sums to ${bpsText(sum)}, not 100%.`,
  ArtworkNonexistentToken: ([tokenId]) => `There is no work #${String(tokenId)}.`,
};

/** The custom error carried by an ethers or wallet error, decoded with `abi`, if any. */
export function decodeRevert(error: unknown, abi: InterfaceAbi): Revert | undefined {
  const iface = new Interface(abi);
  const seen = new Set<unknown>();
  for (let current: unknown = error; current !== null && typeof current === "object" && !seen.has(current); ) {
    seen.add(current);
    const e = current as { revert?: Revert | null; data?: unknown; error?: unknown; info?: { error?: unknown }; cause?: unknown };
    if (e.revert && typeof e.revert.name === "string") return e.revert;
    const data = typeof e.data === "string" ? e.data : typeof (e.data as { data?: unknown } | undefined)?.data === "string" ? (e.data as { data: string }).data : undefined;
    if (data !== undefined && data.length >= 10) {
      try {
        const parsed = iface.parseError(data);
        if (parsed) return { name: parsed.name, args: [...parsed.args] };
      } catch {
        // Revert data of another contract: keep looking.
      }
    }
    current = e.error ?? e.info?.error ?? e.cause;
  }
  return undefined;
}

/**
 * A failed mint in words: a contract revert decoded by name from the ABI and explained
 * (ArtworkContentAlreadyMinted → "This image is already minted, as work #3."), a declined
 * wallet request, or the wallet's own short message.
 */
export function describeMintError(error: unknown, abi: InterfaceAbi): string {
  const revert = decodeRevert(error, abi);
  if (revert !== undefined) {
    const explain = EXPLAIN[revert.name];
    return explain ? explain(revert.args) : `The contract refused the mint: ${revert.name}(${revert.args.map(String).join(", ")}).`;
  }
  const e = error as { code?: unknown; shortMessage?: unknown; message?: unknown; info?: { error?: { code?: unknown } } } | null;
  if (e?.code === "ACTION_REJECTED" || e?.code === 4001 || e?.info?.error?.code === 4001) return "The mint was declined in the wallet.";
  if (e?.code === "INSUFFICIENT_FUNDS") return "The account has too little ETH to pay for the mint's gas.";
  if (typeof e?.shortMessage === "string") return e.shortMessage;
  if (typeof e?.message === "string" && e.message !== "") return e.message;
  return "The mint failed.";
}
