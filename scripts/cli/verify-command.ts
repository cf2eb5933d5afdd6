import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { JsonRpcProvider, Network } from "ethers";
import { readDeployment } from "../../lib/chain/read-deployment";
import { createChainScanSimilarFinder, type PerceptualHashCache } from "../../lib/provenance/verify/create-chain-scan-similar-finder";
import { createEthersChainReader } from "../../lib/provenance/verify/create-ethers-chain-reader";
import { createGatewayFetcher } from "../../lib/provenance/verify/create-gateway-fetcher";
import type { Reproducer, VerifyInput } from "../../lib/provenance/verify/types";
import { verifyWork } from "../../lib/provenance/verify/verify-work";
import { formatReport } from "./format-report";
import { UsageError, type VerifyArgs } from "./parse-verify-args";

/** The repository root (scripts/cli/..): its deployments/ is the fallback for --artwork. */
const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A failure to reach the chain or read a file: printed without a stack, exit 1. */
export class CommandError extends Error {
  override name = "CommandError";
}

/** eth_chainId over plain HTTP with a time limit (ethers would retry an unreachable RPC for ever). */
async function readChainId(rpc: string): Promise<bigint> {
  let response: Response;
  try {
    response = await fetch(rpc, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new CommandError(`The chain RPC ${rpc} did not answer: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => null)) as { result?: string } | null;
  if (!response.ok || typeof body?.result !== "string") throw new CommandError(`The chain RPC ${rpc} did not answer eth_chainId (HTTP ${response.status}).`);
  return BigInt(body.result);
}

/** --artwork, else deployments/<chainId>.json in the current directory, else in the repository. */
async function findArtwork(args: VerifyArgs, chainId: bigint): Promise<{ address: string; fromBlock: number; source: string }> {
  if (args.artwork) return { address: args.artwork, fromBlock: args.fromBlock ?? 0, source: "--artwork" };
  const tried: string[] = [];
  for (const directory of [path.resolve("deployments"), path.join(REPOSITORY_ROOT, "deployments")]) {
    if (tried.includes(directory)) continue;
    tried.push(directory);
    try {
      const deployment = await readDeployment(directory, Number(chainId));
      return { address: deployment.contracts.Artwork.address, fromBlock: args.fromBlock ?? deployment.deployBlock, source: path.join(directory, `${chainId}.json`) };
    } catch (error) {
      if ((error as { code?: string }).code !== "DEPLOYMENT_NOT_FOUND") throw new CommandError((error as Error).message);
    }
  }
  throw new UsageError(`No Artwork address for chain ${chainId}: pass --artwork <address> (no ${tried.map((d) => path.join(d, `${chainId}.json`)).join(" or ")}).`);
}

/** Perceptual hashes of minted works, by content hash, in ~/.cache/colophon (they never change). */
async function openHashCache(): Promise<{ cache: PerceptualHashCache; save(): Promise<void> }> {
  const file = path.join(os.homedir(), ".cache", "colophon", "perceptual-hashes.json");
  let entries: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    if (parsed && typeof parsed === "object") entries = parsed as Record<string, string>;
  } catch {
    entries = {};
  }
  let dirty = false;
  return {
    cache: {
      get: (contentHash) => (typeof entries[contentHash] === "string" && /^[0-9a-f]{16}$/.test(entries[contentHash]!) ? entries[contentHash] : undefined),
      set: (contentHash, hash) => {
        entries[contentHash] = hash;
        dirty = true;
      },
    },
    async save() {
      if (!dirty) return;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(entries));
        await rename(`${file}.${process.pid}.tmp`, file);
      } catch {
        // A cache that cannot be written only makes the next search slower.
      }
    },
  };
}

async function readInput(args: VerifyArgs): Promise<VerifyInput> {
  if (args.target.kind === "token") return { tokenId: args.target.tokenId };
  if (args.target.kind === "content-hash") return { contentHash: args.target.contentHash };
  try {
    const bytes = new Uint8Array(await readFile(args.target.path));
    if (bytes.length === 0) throw new UsageError(`${args.target.path} is empty.`);
    return { imageBytes: bytes };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${args.target.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
}

/** Runs `colophon verify`; returns the exit status (0 verified, 1 not). */
export async function runVerify(args: VerifyArgs, out: (text: string) => void): Promise<number> {
  const input = await readInput(args);
  const chainId = await readChainId(args.rpc);
  const artwork = await findArtwork(args, chainId);
  const network = Network.from(chainId);
  const provider = new JsonRpcProvider(args.rpc, network, { staticNetwork: network, batchStallTime: 0 });
  try {
    const chain = createEthersChainReader({ provider, artworkAddress: artwork.address, fromBlock: artwork.fromBlock });
    const content = createGatewayFetcher(args.gateway);
    const hashCache = args.cache ? await openHashCache() : null;
    const similar = createChainScanSimilarFinder(chain, content, hashCache ? { cache: hashCache.cache } : {});
    let reproducer: (Reproducer & { close(): Promise<void> }) | undefined;
    if (args.reproduce) {
      // Loaded only here: it brings in onnxruntime-node.
      const { createInferenceReproducer } = await import("../../lib/provenance/verify/create-inference-reproducer");
      reproducer = createInferenceReproducer({ device: args.device });
    }
    try {
      const report = await verifyWork(input, {
        chain,
        content,
        similar,
        ...(reproducer ? { reproduce: reproducer } : {}),
        ...(args.maxParentDepth !== undefined ? { maxParentDepth: args.maxParentDepth } : {}),
      });
      out(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
      return report.verdict === "pass" ? 0 : 1;
    } finally {
      await reproducer?.close();
      await hashCache?.save();
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "INPUT_INVALID") throw new UsageError((error as Error).message);
    if (code === "CHAIN_UNAVAILABLE" || code === "STORAGE_UNAVAILABLE") throw new CommandError((error as Error).message);
    throw error;
  } finally {
    provider.destroy();
  }
}
