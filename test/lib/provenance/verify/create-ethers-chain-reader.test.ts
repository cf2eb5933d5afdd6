import { readFile } from "node:fs/promises";
import hre from "hardhat";
import { BrowserProvider, Interface, type Eip1193Provider } from "ethers";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTWORK_READ_ABI, createEthersChainReader } from "@/lib/provenance/verify/create-ethers-chain-reader";
import type { ChainReader } from "@/lib/provenance/verify/types";
import { deployProtocol, mintWork, type Protocol } from "../../../contracts/fixtures";

let p: Protocol;
let chain: ChainReader;

beforeAll(async () => {
  p = await deployProtocol();
  const provider = new BrowserProvider(hre.network.provider as unknown as Eip1193Provider, 31337, { staticNetwork: true, cacheTimeout: -1 });
  chain = createEthersChainReader({ provider, artworkAddress: await p.artwork.getAddress() });
});

describe("createEthersChainReader", () => {
  it("behavior: the written-out ABI matches the compiled Artwork artifact", async () => {
    const artifact = JSON.parse(await readFile("artifacts/contracts/Artwork.sol/Artwork.json", "utf8"));
    const compiled = new Interface(artifact.abi);
    const mine = new Interface(ARTWORK_READ_ABI);
    mine.forEachFunction((fn) => expect(compiled.getFunction(fn.selector)?.format("full"), fn.name).toBe(fn.format("full")));
    mine.forEachEvent((ev) => expect(compiled.getEvent(ev.topicHash)?.format("full")).toBe(ev.format("full")));
    mine.forEachError((er) => expect(compiled.getError(er.selector)?.format("sighash")).toBe(er.format("sighash")));
  });

  it("default: reads a minted token's provenance, shares, royalty, URI, owner and mint event", async () => {
    const { tokenId, req, splitter, receipt } = await mintWork(p);
    const provenance = await chain.provenanceOf(tokenId);
    expect(provenance).toMatchObject({
      contentHash: req.contentHash,
      recordHash: req.recordHash,
      modelHash: req.modelHash,
      metadataDigest: req.metadataDigest,
      contributor: req.contributor,
      royaltyBps: 1000,
      trainer: req.trainer,
      splitter,
    });
    expect(await chain.tokenByContentHash(req.contentHash)).toBe(tokenId);
    expect(await chain.sharesOf(tokenId)).toEqual(req.shares);
    expect(await chain.splitterFor(req.shares)).toBe(splitter);
    expect(await chain.royaltyInfo(tokenId, 10_000n)).toEqual({ receiver: splitter, amount: 1000n });
    expect(await chain.tokenURI(tokenId)).toMatch(/^ipfs:\/\/bafkrei[a-z2-7]{52}$/);
    expect(await chain.ownerOf(tokenId)).toBe(req.to);
    expect(await chain.isAttestor(p.attestor.address)).toBe(true);
    const block = await hre.ethers.provider.getBlock(receipt.blockNumber);
    expect(await chain.mintInfo(tokenId)).toEqual({ blockNumber: receipt.blockNumber, timestamp: block!.timestamp, txHash: receipt.hash });
    expect((await chain.mintedWorks()).map((w) => w.tokenId)).toContain(tokenId);
    expect(await chain.chainId()).toBe(31337n);
  });

  it("behavior: a token that does not exist is null, an unknown hash 0", async () => {
    expect(await chain.provenanceOf(999n)).toBeNull();
    expect(await chain.ownerOf(999n)).toBeNull();
    expect(await chain.mintInfo(999n)).toBeNull();
    expect(await chain.tokenByContentHash(`0x${"77".repeat(32)}`)).toBe(0n);
  });

  it("behavior: an RPC that caps the eth_getLogs range is scanned in chunks, newest first, at most maxLogRequests", async () => {
    const before = (await chain.mintedWorks()).length;
    for (let i = 0; i < 3; i += 1) await mintWork(p);
    const capped: Eip1193Provider = {
      async request({ method, params }) {
        if (method === "eth_getLogs") {
          const [filter] = params as [{ fromBlock: string; toBlock: string }];
          if (filter.toBlock === "latest" || Number(filter.toBlock) - Number(filter.fromBlock) >= 2) throw new Error("block range too large");
        }
        return hre.network.provider.request({ method, params: params as unknown[] });
      },
    };
    const reader = (maxLogRequests: number) =>
      createEthersChainReader({
        provider: new BrowserProvider(capped, 31337, { staticNetwork: true, cacheTimeout: -1 }),
        artworkAddress: chain.artworkAddress,
        logChunkBlocks: 2,
        maxLogRequests,
      });
    const all = await reader(1000).mintedWorks();
    expect(all.map((w) => w.tokenId)).toEqual((await chain.mintedWorks()).map((w) => w.tokenId));
    expect(all.length).toBe(before + 3);
    const newest = await reader(1).mintedWorks();
    expect(newest.map((w) => w.tokenId)).toEqual(all.slice(-2).map((w) => w.tokenId));
    expect((await reader(1000).mintInfo(all[0]!.tokenId))?.txHash).toBe(all[0]!.txHash);
    expect(await reader(1).mintInfo(all[0]!.tokenId)).toBeNull();
  });

  it("error: an unreachable RPC is CHAIN_UNAVAILABLE", async () => {
    const dead = createEthersChainReader({
      provider: new BrowserProvider({ request: async () => Promise.reject(new Error("connection refused")) }, 31337, { staticNetwork: true }),
      artworkAddress: chain.artworkAddress,
    });
    await expect(dead.tokenByContentHash(`0x${"77".repeat(32)}`)).rejects.toMatchObject({ code: "CHAIN_UNAVAILABLE", message: expect.stringMatching(/^Reading tokenByContentHash/) });
    await expect(dead.provenanceOf(1n)).rejects.toMatchObject({ code: "CHAIN_UNAVAILABLE" });
  });
});
