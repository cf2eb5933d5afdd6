import { Contract, dataLength, dataSlice, getAddress, hexlify, Interface, toBeHex, zeroPadValue, type Log, type Provider } from "ethers";
import type { Share } from "../../contracts/mint-request";
import { ProvenanceError } from "../provenance-error";
import type { ChainReader, MintedWork, MintInfo, OnChainProvenance } from "./types";

/**
 * The slice of Artwork's ABI that verification reads, written out so the CLI needs no
 * compiled artifacts (a test checks it against the artifact).
 */
export const ARTWORK_READ_ABI = [
  "function provenanceOf(uint256 tokenId) view returns (tuple(bytes32 contentHash, bytes32 recordHash, bytes32 modelHash, bytes32 metadataDigest, address contributor, uint64 mintedAt, uint16 royaltyBps, address trainer, address splitter))",
  "function sharesOf(uint256 tokenId) view returns (tuple(address account, bytes32 role, uint16 bps)[])",
  "function tokenByContentHash(bytes32 contentHash) view returns (uint256)",
  "function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns (address receiver, uint256 royaltyAmount)",
  "function splitterFor(tuple(address account, bytes32 role, uint16 bps)[] shares) view returns (address)",
  "function tokenURI(uint256 tokenId) view returns (string)",
  "function isAttestor(address account) view returns (bool)",
  "function ownerOf(uint256 tokenId) view returns (address)",
  "event ArtworkMinted(uint256 indexed tokenId, address indexed contributor, bytes32 indexed contentHash, bytes32 recordHash, bytes32 modelHash, address trainer, address splitter, uint16 royaltyBps, bytes32 metadataDigest)",
  "error ArtworkNonexistentToken(uint256 tokenId)",
  "error ERC721NonexistentToken(uint256 tokenId)",
] as const;

/** Parameters of {@link createEthersChainReader}. */
export interface CreateEthersChainReaderParameters {
  /**
   * Any ethers v6 provider (JsonRpcProvider, BrowserProvider over an EIP-1193 provider...).
   * ethers answers identical requests from a 250 ms cache; on a chain that can revert
   * (tests with evm_revert) create it with `cacheTimeout: -1`.
   */
  provider: Provider;
  artworkAddress: string;
  /** First block to scan for ArtworkMinted events (the deployment block). Default 0. */
  fromBlock?: number;
  /** Blocks per eth_getLogs request when the RPC refuses the whole range at once. Default 10,000. */
  logChunkBlocks?: number;
  /**
   * Most chunked eth_getLogs requests per scan, newest blocks first. Default 100 (a million
   * blocks at the default chunk): older mints are then not found by mintInfo (it returns
   * null) nor listed by mintedWorks. Pass the deployment block as `fromBlock` to avoid it.
   */
  maxLogRequests?: number;
}

const artworkInterface = new Interface(ARTWORK_READ_ABI);

/** Whether a call failed because the token does not exist (as opposed to a broken RPC). */
function isNonexistentToken(error: unknown): boolean {
  for (let current: any = error, depth = 0; current && depth < 6; current = current.error ?? current.cause ?? current.info?.error, depth += 1) {
    const data = typeof current.data === "string" ? current.data : typeof current.data?.data === "string" ? current.data.data : undefined;
    if (data?.startsWith("0x")) {
      try {
        const parsed = artworkInterface.parseError(data);
        if (parsed?.name === "ArtworkNonexistentToken" || parsed?.name === "ERC721NonexistentToken") return true;
      } catch {
        // Revert data of another shape: not ours.
      }
    }
    if (current.revert?.name === "ArtworkNonexistentToken" || current.revert?.name === "ERC721NonexistentToken") return true;
  }
  return false;
}

function chainError(what: string, cause: unknown): ProvenanceError {
  const message = cause instanceof Error ? cause.message.split("\n")[0]!.slice(0, 300) : String(cause);
  return new ProvenanceError({ code: "CHAIN_UNAVAILABLE", message: `Reading ${what} from the chain failed: ${message}`, details: { what }, cause });
}

async function read<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ProvenanceError) throw error;
    throw chainError(what, error);
  }
}

const lowerHex = (value: string) => hexlify(value).toLowerCase();

/**
 * A {@link ChainReader} over an ethers provider and an Artwork address. Reads are plain
 * eth_calls and eth_getLogs; a missing token is null, a failing RPC a ProvenanceError
 * CHAIN_UNAVAILABLE.
 */
export function createEthersChainReader(parameters: CreateEthersChainReaderParameters): ChainReader {
  const { provider } = parameters;
  const artworkAddress = getAddress(parameters.artworkAddress);
  const artwork = new Contract(artworkAddress, artworkInterface, provider);
  const fromBlock = parameters.fromBlock ?? 0;
  const chunk = parameters.logChunkBlocks ?? 10_000;
  const maxLogRequests = parameters.maxLogRequests ?? 100;
  let chainId: Promise<bigint> | undefined;

  async function orNullIfMissing<T>(what: string, action: () => Promise<T>): Promise<T | null> {
    try {
      return await action();
    } catch (error) {
      if (isNonexistentToken(error)) return null;
      throw chainError(what, error);
    }
  }

  const mintedTopic = artworkInterface.getEvent("ArtworkMinted")!.topicHash;

  /**
   * ArtworkMinted logs, decoded by hand: the layout is fixed (tokenId, contributor and
   * contentHash indexed; recordHash first and metadataDigest sixth word of the data), and
   * full ABI decoding through ethers costs about a millisecond per log.
   */
  async function queryMinted(tokenId: bigint | null): Promise<MintedWork[]> {
    const topics = [mintedTopic, tokenId === null ? null : zeroPadValue(toBeHex(tokenId), 32)];
    let logs: Log[];
    try {
      // One request up to "latest" (never a cached head, which can lag behind a fresh mint).
      logs = await provider.getLogs({ address: artworkAddress, topics, fromBlock, toBlock: "latest" });
    } catch (error) {
      // Public RPCs cap the block range of eth_getLogs: walk it in chunks, newest first, bounded.
      const latest = await provider.getBlockNumber();
      if (latest - fromBlock < chunk) throw error;
      const chunks: Log[][] = [];
      for (let end = latest, requests = 0; end >= fromBlock && requests < maxLogRequests; end -= chunk, requests += 1) {
        const found = await provider.getLogs({ address: artworkAddress, topics, fromBlock: Math.max(fromBlock, end - chunk + 1), toBlock: end });
        chunks.unshift(found);
        if (tokenId !== null && found.length > 0) break;
      }
      logs = chunks.flat();
    }
    const works: MintedWork[] = [];
    for (const log of logs) {
      if (log.topics.length !== 4 || log.topics[0] !== mintedTopic || dataLength(log.data) !== 6 * 32) continue;
      works.push({
        tokenId: BigInt(log.topics[1]!),
        contentHash: log.topics[3]!.toLowerCase(),
        recordHash: dataSlice(log.data, 0, 32).toLowerCase(),
        metadataDigest: dataSlice(log.data, 5 * 32, 6 * 32).toLowerCase(),
        blockNumber: log.blockNumber,
        txHash: log.transactionHash,
      });
    }
    return works;
  }

  return {
    artworkAddress,
    chainId() {
      chainId ??= read("the chain id", async () => (await provider.getNetwork()).chainId);
      return chainId;
    },
    provenanceOf(tokenId) {
      return orNullIfMissing(`provenanceOf(${tokenId})`, async (): Promise<OnChainProvenance> => {
        const p = await artwork.getFunction("provenanceOf")(tokenId);
        return {
          contentHash: lowerHex(p.contentHash),
          recordHash: lowerHex(p.recordHash),
          modelHash: lowerHex(p.modelHash),
          metadataDigest: lowerHex(p.metadataDigest),
          contributor: getAddress(p.contributor),
          mintedAt: BigInt(p.mintedAt),
          royaltyBps: Number(p.royaltyBps),
          trainer: getAddress(p.trainer),
          splitter: getAddress(p.splitter),
        };
      });
    },
    tokenByContentHash(contentHash) {
      return read(`tokenByContentHash(${contentHash})`, async () => BigInt(await artwork.getFunction("tokenByContentHash")(contentHash)));
    },
    sharesOf(tokenId) {
      return read(`sharesOf(${tokenId})`, async (): Promise<Share[]> => {
        const shares = await artwork.getFunction("sharesOf")(tokenId);
        return [...shares].map((s: { account: string; role: string; bps: bigint }) => ({ account: getAddress(s.account), role: lowerHex(s.role), bps: Number(s.bps) }));
      });
    },
    royaltyInfo(tokenId, salePrice) {
      return read(`royaltyInfo(${tokenId})`, async () => {
        const [receiver, amount] = await artwork.getFunction("royaltyInfo")(tokenId, salePrice);
        return { receiver: getAddress(receiver), amount: BigInt(amount) };
      });
    },
    splitterFor(shares) {
      return read("splitterFor(shares)", async () => getAddress(await artwork.getFunction("splitterFor")(shares.map((s) => ({ ...s })))));
    },
    tokenURI(tokenId) {
      return read(`tokenURI(${tokenId})`, async () => String(await artwork.getFunction("tokenURI")(tokenId)));
    },
    isAttestor(account) {
      return read(`isAttestor(${account})`, async () => Boolean(await artwork.getFunction("isAttestor")(account)));
    },
    ownerOf(tokenId) {
      return orNullIfMissing(`ownerOf(${tokenId})`, async () => getAddress(await artwork.getFunction("ownerOf")(tokenId)));
    },
    mintInfo(tokenId) {
      return read(`the ArtworkMinted event of token ${tokenId}`, async (): Promise<MintInfo | null> => {
        const [work] = await queryMinted(tokenId);
        if (!work) return null;
        const block = await provider.getBlock(work.blockNumber);
        return { blockNumber: work.blockNumber, timestamp: block?.timestamp ?? 0, txHash: work.txHash };
      });
    },
    mintedWorks() {
      return read("ArtworkMinted events", () => queryMinted(null));
    },
  };
}
