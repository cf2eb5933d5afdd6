import { DependencyError } from "@/lib/errors";

/** Parameters of {@link jsonRpcCall}. */
export interface JsonRpcCallParameters {
  /** The node's HTTP JSON-RPC endpoint. */
  url: string;
  method: string;
  params?: readonly unknown[];
  /** Aborts the request (the health probes pass their deadline here). */
  signal?: AbortSignal;
}

/** Why a fetch to the node failed, in words, from undici's `cause.code`. */
function networkReason(url: string, error: unknown): string {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  switch (code) {
    case "ECONNREFUSED":
      return `connection refused by ${url} (is the chain node running? \`npm start\` starts one)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `host of ${url} not found (check CHAIN_RPC_URL)`;
    case "ECONNRESET":
      return `connection to ${url} was reset`;
    default:
      return `cannot reach ${url}${code ? ` (${code})` : ""}`;
  }
}

/**
 * One JSON-RPC 2.0 call over HTTP with nothing between us and the node.
 *
 * The health probe uses this rather than an ethers JsonRpcProvider: a provider whose node
 * is down retries network detection every second forever (logging each time), while a
 * health check must fail once, fast, with the reason.
 *
 * @throws {DependencyError} `CHAIN_UNAVAILABLE` naming the URL and the reason (refused,
 *   HTTP status, RPC error); an abort rethrows the signal's reason.
 */
export async function jsonRpcCall<T = unknown>({
  url,
  method,
  params = [],
  signal,
}: JsonRpcCallParameters): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new DependencyError({
      code: "CHAIN_UNAVAILABLE",
      message: networkReason(url, error),
      details: { url, method },
      cause: error,
    });
  }
  const text = await response.text();
  if (!response.ok) {
    throw new DependencyError({
      code: "CHAIN_UNAVAILABLE",
      message: `${url} answered ${method} with HTTP ${response.status}`,
      details: { url, method, status: response.status },
    });
  }
  let body: { result?: T; error?: { code?: number; message?: string } };
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new DependencyError({
      code: "CHAIN_UNAVAILABLE",
      message: `${url} answered ${method} with something that is not JSON-RPC`,
      details: { url, method },
      cause,
    });
  }
  if (body.error !== undefined || !("result" in body)) {
    throw new DependencyError({
      code: "CHAIN_UNAVAILABLE",
      message: `${method} failed at ${url}: ${body.error?.message ?? "no result in the answer"}`,
      details: { url, method, rpcCode: body.error?.code },
    });
  }
  return body.result as T;
}
