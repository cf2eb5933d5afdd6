import { Interface } from "ethers";
import { describeError } from "./describe-error";
import { jsonRpcCall } from "./json-rpc-call";
import { withTimeout } from "./with-timeout";

/** Health of the attestor key. */
export interface AttestorHealth {
  ok: boolean;
  /** Address whose signatures the Artwork contract must accept. */
  address?: string;
  /** Where the key came from: "env", "file" or "created". */
  source?: string;
  /**
   * Whether the Artwork contract lists the address as an attestor; null when that could
   * not be asked (chain or deployment unhealthy, which their own parts report).
   */
  authorised?: boolean | null;
  error?: string;
}

/** Parameters of {@link probeAttestor}. */
export interface ProbeAttestorParameters {
  /** Loads (or reuses) the attestor key. */
  load(): Promise<{ address: string; source: string }>;
  /** Where to ask whether the key is authorised; omitted when the chain is unhealthy. */
  artwork?: { rpcUrl: string; address: string };
  timeoutMs: number;
}

const artworkInterface = new Interface(["function isAttestor(address account) view returns (bool)"]);

/**
 * Loads the attestor key and, when the chain is up, asks the Artwork contract whether it
 * is an authorised attestor, within `timeoutMs`. Unhealthy when the key cannot be loaded
 * or the contract refuses it: every mint this server signs would then revert.
 */
export async function probeAttestor({ load, artwork, timeoutMs }: ProbeAttestorParameters): Promise<AttestorHealth> {
  // Kept outside the timed work so a failure after the key loaded still shows the address.
  let key: { address: string; source: string } | undefined;
  try {
    return await withTimeout("the attestor check", timeoutMs, async (signal) => {
      key = await load();
      const { address, source } = key;
      if (artwork === undefined) return { ok: true, address, source, authorised: null };
      const result = await jsonRpcCall<string>({
        url: artwork.rpcUrl,
        method: "eth_call",
        params: [
          { to: artwork.address, data: artworkInterface.encodeFunctionData("isAttestor", [address]) },
          "latest",
        ],
        signal,
      });
      const authorised = Boolean(artworkInterface.decodeFunctionResult("isAttestor", result)[0]);
      if (authorised) return { ok: true, address, source, authorised };
      return {
        ok: false,
        address,
        source,
        authorised,
        error: `the Artwork contract at ${artwork.address} does not authorise attestor ${address}; its owner must call setAttestor(${address}, true)`,
      };
    });
  } catch (error) {
    const known = key === undefined ? {} : { address: key.address, source: key.source, authorised: null };
    return { ok: false, ...known, error: describeError(error) };
  }
}
