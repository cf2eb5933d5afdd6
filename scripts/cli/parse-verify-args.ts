import fs from "node:fs";
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
       colophon verify --file <path> | --token <id> | --hash <0x-content-hash> --rpc <url> --gateway <url> [options]

Verifies a Colophon work from the chain and IPFS alone (no Colophon server, no database):
the image hash, the token, the provenance record, the metadata, the attestor's and the
contributor's signatures, the model card, the parent works and the royalty split.

  <image-file>          a PNG file (its sha256 is looked up on-chain)
  <token-id>            a decimal token id (a file named like a number: ./123)
  <0x-content-hash>     the image's sha256, 0x + 64 hex digits
  A name that is both an existing file and a token id or hash is refused: say which
  with ./<name> or --file <name> for the file, --token or --hash for the chain.

Options:
  --file <path>           the image file, whatever its name looks like
  --token <id>            the token id, even where a file has that name
  --hash <0x-hash>        the content hash, even where a file has that name
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

function tokenTarget(raw: string, flag: string): VerifyArgs["target"] {
  if (!/^\d+$/.test(raw)) throw new UsageError(`${flag} takes a decimal token id, got ${JSON.stringify(raw)}.`);
  const tokenId = BigInt(raw);
  if (tokenId < 1n || tokenId >= 1n << 256n) throw new UsageError(`Token ids run from 1 to 2^256 - 1, got ${raw}.`);
  return { kind: "token", tokenId };
}

function contentHashTarget(raw: string): VerifyArgs["target"] {
  if (/^0x[0-9a-fA-F]{64}$/.test(raw)) return { kind: "content-hash", contentHash: raw.toLowerCase() };
  if (/^0x[0-9a-fA-F]*$/.test(raw)) throw new UsageError(`A content hash is 0x followed by 64 hex digits, got ${raw.length - 2} digits.`);
  throw new UsageError(`--hash takes 0x followed by 64 hex digits, got ${JSON.stringify(raw)}.`);
}

/** What a bare argument names: a token id or content hash by its shape, a file otherwise. */
function positionalTarget(raw: string, fileExists: (path: string) => boolean): VerifyArgs["target"] {
  const isToken = /^\d+$/.test(raw);
  const isHash = /^0x[0-9a-fA-F]*$/.test(raw);
  // `colophon verify 2` in a folder holding a file named 2 verified token #2 and printed
  // VERIFIED for a file nobody checked. Either reading may be the one meant, so neither is
  // guessed.
  if ((isToken || isHash) && fileExists(raw)) {
    const what = isToken ? "a token id" : "a content hash";
    const flag = isToken ? "--token" : "--hash";
    throw new UsageError(
      `${JSON.stringify(raw)} is both a file here and ${what}; say which: ./${raw} (or --file ${raw}) for the file, ${flag} ${raw} for the ${isToken ? "token" : "content hash"}.`,
    );
  }
  if (isToken) return tokenTarget(raw, "A token id");
  if (isHash) return contentHashTarget(raw);
  return { kind: "file", path: raw };
}

/** Options of {@link parseVerifyArgs}. */
export interface ParseVerifyArgsOptions {
  /** Whether a path names an existing file or folder; defaults to the file system (relative to the working directory). */
  fileExists?: (path: string) => boolean;
}

/**
 * Parses the arguments after `verify`. A bare argument shaped like a token id or content
 * hash that is also an existing file is refused, naming both ways to choose.
 * Throws UsageError; returns null for --help.
 */
export function parseVerifyArgs(argv: string[], { fileExists = fs.existsSync }: ParseVerifyArgsOptions = {}): VerifyArgs | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        file: { type: "string" },
        token: { type: "string" },
        hash: { type: "string" },
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
  const named = [...positionals, ...(["file", "token", "hash"] as const).filter((flag) => values[flag] !== undefined).map((flag) => `--${flag}`)];
  if (named.length !== 1) {
    throw new UsageError(named.length === 0 ? "Say what to verify: an image file, a token id or a 0x content hash." : `One work at a time; got ${named.length}: ${named.join(" ")}.`);
  }
  let target: VerifyArgs["target"];
  if (values.file !== undefined) target = { kind: "file", path: values.file };
  else if (values.token !== undefined) target = tokenTarget(values.token, "--token");
  else if (values.hash !== undefined) target = contentHashTarget(values.hash);
  else target = positionalTarget(positionals[0]!, fileExists);
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
