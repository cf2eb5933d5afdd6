// Wallet failures in words. Wallets report EIP-1193 error codes on the error itself, or
// (MetaMask mobile) under data.originalError; ethers wraps them again.

/** EIP-1193: the person declined in the wallet. */
const USER_REJECTED = 4001;
/** MetaMask and others: the chain is not in the wallet yet. */
export const UNRECOGNIZED_CHAIN = 4902;
/** JSON-RPC: a request of the same kind is already waiting in the wallet. */
const REQUEST_PENDING = -32002;

/** The numeric EIP-1193 code of a wallet error, wherever the wallet or ethers put it. */
export function walletErrorCode(error: unknown): number | undefined {
  const e = error as {
    code?: unknown;
    data?: { originalError?: { code?: unknown } };
    error?: { code?: unknown };
    info?: { error?: { code?: unknown } };
  } | null;
  for (const code of [e?.code, e?.data?.originalError?.code, e?.error?.code, e?.info?.error?.code]) {
    if (typeof code === "number") return code;
  }
  return undefined;
}

/** One sentence for the person: what happened and what to do. */
export function walletErrorMessage(error: unknown): string {
  const code = walletErrorCode(error);
  if (code === USER_REJECTED || (error as { code?: unknown } | null)?.code === "ACTION_REJECTED") {
    return "The request was declined in the wallet";
  }
  if (code === REQUEST_PENDING) return "The wallet already has a request waiting: open the wallet to answer it";
  const e = error as { shortMessage?: unknown; message?: unknown } | null;
  if (typeof e?.shortMessage === "string") return e.shortMessage;
  if (typeof e?.message === "string" && e.message !== "") return e.message;
  return "The wallet reported an error";
}
