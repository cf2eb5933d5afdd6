import { parseArgs } from "node:util";
import { isAddress } from "ethers";

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** What `colophon verify` was asked to do. */
export interface VerifyArgs {
  target: { kind: "file"; path: string } | { kind: "token"; tokenId: bigint } | { kind: "content-hash"; contentHash: string };
  rpc: string;
  gateway: string;
  artwork?: string;
  reproduce: boolean;
  json: boolean;
  maxParentDepth?: number;
  fromBlock?: number;
  device: "cpu" | "cuda" | "webgpu" | "auto";
  /** Keep perceptual hashes of minted works between runs (for altered-copy searches). */
  cache: boolean;
}

export const VERIFY_USAGE = `Usage: colophon verify <image-file | token-id | 0x-content-hash> --rpc <url> --gateway <url> [options]

Verifies a Colophon work from the chain and IPFS alone (no Colophon server, no database):
the image hash, the token, the provenance record, the metadata, the attestor's and the
contributor's signatures, the model card, the parent works and the royalty split.

  <image-file>          a PNG file (its sha256 is looked up on-chain)
  <token-id>            a decimal token id (a file named like a number: ./123)
  <0x-content-hash>     the image's sha256, 0x + 64 hex digits

Options:
  --rpc <url>             JSON-RPC endpoint of the chain (required)
  --gateway <url>         IPFS HTTP gateway, path style: <url>/ipfs/<cid> (required)
  --artwork <address>     Artwork contract (default: deployments/<chainId>.json)
  --reproduce             re-run the model from the record and compare the image
  --device <name>         provider for --reproduce: cpu (default), cuda, webgpu, auto
  --max-parent-depth <n>  parent generations verified in full (default 3)
  --from-block <n>        first block scanned for mint events (default: the deployment's)
  --no-cache              do not keep perceptual hashes in ~/.cache/colophon
  --json                  print the report as JSON
  -h, --help              this help

Exit status: 0 verified; 1 not verified (a check failed, an altered copy, not found,
incomplete, or the chain could not be read); 2 usage error.`;

export const USAGE = `Usage: colophon <command> [options]

Commands:
  verify <image-file | token-id | 0x-content-hash> --rpc <url> --gateway <url>
                 verify a work from the chain and IPFS (colophon verify --help)
  schema         print the provenance record's JSON Schema

  -h, --help     this help`;

function httpUrl(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} <url> is required.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} must be a URL, got ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`${flag} must be an http(s) URL, got ${JSON.stringify(value)}.`);
  return value;
}

function nonNegativeInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`${flag} takes a non-negative integer, got ${JSON.stringify(value)}.`);
  return Number(value);
}

/** Parses the arguments after `verify`. Throws UsageError; returns null for --help. */
export function parseVerifyArgs(argv: string[]): VerifyArgs | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        rpc: { type: "string" },
        gateway: { type: "string" },
        artwork: { type: "string" },
        reproduce: { type: "boolean", default: false },
        device: { type: "string" },
        "max-parent-depth": { type: "string" },
        "from-block": { type: "string" },
        "no-cache": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? "Say what to verify: an image file, a token id or a 0x content hash." : `One work at a time; got ${positionals.length}: ${positionals.join(" ")}.`);
  }
  const raw = positionals[0]!;
  let target: VerifyArgs["target"];
  if (/^\d+$/.test(raw)) {
    const tokenId = BigInt(raw);
    if (tokenId < 1n || tokenId >= 1n << 256n) throw new UsageError(`Token ids run from 1 to 2^256 - 1, got ${raw}.`);
    target = { kind: "token", tokenId };
  } else if (/^0x[0-9a-fA-F]{64}$/.test(raw)) target = { kind: "content-hash", contentHash: raw.toLowerCase() };
  else if (/^0x[0-9a-fA-F]*$/.test(raw)) throw new UsageError(`A content hash is 0x followed by 64 hex digits, got ${raw.length - 2} digits.`);
  else target = { kind: "file", path: raw };
  if (values.artwork !== undefined && !isAddress(values.artwork)) throw new UsageError(`--artwork must be an address, got ${JSON.stringify(values.artwork)}.`);
  const device = values.device ?? "cpu";
  if (!["cpu", "cuda", "webgpu", "auto"].includes(device)) throw new UsageError(`--device is one of cpu, cuda, webgpu, auto; got ${JSON.stringify(device)}.`);
  if (values.device !== undefined && !values.reproduce) throw new UsageError("--device applies to --reproduce only.");
  return {
    target,
    rpc: httpUrl(values.rpc, "--rpc"),
    gateway: httpUrl(values.gateway, "--gateway"),
    ...(values.artwork ? { artwork: values.artwork } : {}),
    reproduce: values.reproduce,
    json: values.json,
    maxParentDepth: nonNegativeInteger(values["max-parent-depth"], "--max-parent-depth"),
    fromBlock: nonNegativeInteger(values["from-block"], "--from-block"),
    device: device as VerifyArgs["device"],
    cache: !values["no-cache"],
  };
}
