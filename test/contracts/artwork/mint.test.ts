import { beforeEach, describe, expect, it } from "vitest";
import { Contract, TypedDataEncoder, Wallet, ZeroAddress, type Signer } from "ethers";
import {
  attest,
  deployProtocol,
  ethers,
  expectEvent,
  findEvents,
  hashOf,
  mintRequest,
  mintWork,
  normalise,
  type Protocol,
} from "../fixtures";
import { MINT_REQUEST_TYPES, artworkDomain, roleId, sortShares, type MintRequest, type Share } from "@/lib/contracts/mint-request";

/** Shares as the tuples ethers decodes them to, for exact event comparison. */
const tuples = (shares: readonly Share[]) => shares.map((s) => [s.account, s.role, s.bps]);

/** Sends `req` with `sig` as `sender` and returns the receipt. */
async function sendMint(p: Protocol, req: MintRequest, sig: string, sender: Signer = p.contributor) {
  const tx = await (p.artwork.connect(sender) as Contract).mint(req, sig);
  return (await tx.wait())!;
}

describe("Artwork mint", () => {
  let p: Protocol;
  beforeEach(async () => {
    p = await deployProtocol();
  });

  it("mints token 1 to the request's recipient and counts it", async () => {
    const { tokenId } = await mintWork(p);
    expect(tokenId).toBe(1n);
    expect(await p.artwork.ownerOf(1n)).toBe(p.contributor.address);
    expect(await p.artwork.balanceOf(p.contributor.address)).toBe(1n);
    expect(await p.artwork.totalMinted()).toBe(1n);
  });

  it("numbers tokens sequentially from 1", async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await mintWork(p)).tokenId);
    expect(ids).toEqual([1n, 2n, 3n]);
    expect(await p.artwork.totalMinted()).toBe(3n);
  });

  it("lets the contributor mint to a different recipient while staying the contributor", async () => {
    const { tokenId } = await mintWork(p, { to: p.bob.address });
    expect(await p.artwork.ownerOf(tokenId)).toBe(p.bob.address);
    expect(await p.artwork.contributorOf(tokenId)).toBe(p.contributor.address);
  });

  it("emits ArtworkMinted with every provenance field, Transfer from zero and SplitterCreated", async () => {
    const req = await mintRequest(p);
    const receipt = await sendMint(p, req, await attest(p, req));
    const splitter = await p.artwork.splitterFor(req.shares);
    expectEvent(receipt.logs, p.artwork, "ArtworkMinted", [
      1n,
      req.contributor,
      req.contentHash,
      req.recordHash,
      req.modelHash,
      req.trainer,
      splitter,
      req.royaltyBps,
      req.metadataDigest,
    ]);
    expectEvent(receipt.logs, p.artwork, "Transfer", [ZeroAddress, req.to, 1n]);
    expectEvent(receipt.logs, p.artwork, "SplitterCreated", [splitter, tuples(req.shares)]);
  });

  it("fixes the provenance exactly as requested, with the mint block's timestamp", async () => {
    const { tokenId, req, receipt, splitter } = await mintWork(p, { royaltyBps: 777 });
    const block = await ethers.provider.getBlock(receipt.blockNumber);
    expect(normalise(await p.artwork.provenanceOf(tokenId))).toEqual(
      normalise([
        req.contentHash,
        req.recordHash,
        req.modelHash,
        req.metadataDigest,
        req.contributor,
        BigInt(block!.timestamp),
        777,
        req.trainer,
        splitter,
      ]),
    );
  });

  it("records the content hash, the nonce and the split of the new token", async () => {
    const { tokenId, req } = await mintWork(p, { nonce: 9_000n });
    expect(await p.artwork.tokenByContentHash(req.contentHash)).toBe(tokenId);
    expect(await p.artwork.nonceUsed(9_000n)).toBe(true);
    expect(normalise(await p.artwork.sharesOf(tokenId))).toEqual(normalise(tuples(req.shares)));
  });

  it("accepts an attestation in the very second of its deadline", async () => {
    const req = await mintRequest(p);
    const sig = await attest(p, req);
    await ethers.provider.send("evm_setNextBlockTimestamp", [Number(req.deadline)]);
    const receipt = await sendMint(p, req, sig);
    expect((await ethers.provider.getBlock(receipt.blockNumber))!.timestamp).toBe(Number(req.deadline));
    expect(await p.artwork.ownerOf(1n)).toBe(req.to);
  });

  it("accepts the royalty cap of 2,500 bps and a zero royalty", async () => {
    const capped = await mintWork(p, { royaltyBps: 2500 });
    const free = await mintWork(p, { royaltyBps: 0 });
    expect((await p.artwork.provenanceOf(capped.tokenId)).royaltyBps).toBe(2500n);
    expect((await p.artwork.provenanceOf(free.tokenId)).royaltyBps).toBe(0n);
    expect(await p.artwork.MAX_ROYALTY_BPS()).toBe(2500n);
  });

  it("deploys the splitter at the address splitterFor predicts", async () => {
    const req = await mintRequest(p);
    const predicted = await p.artwork.splitterFor(req.shares);
    expect(await ethers.provider.getCode(predicted)).toBe("0x");
    const { splitter } = await mintWork(p, req);
    expect(splitter).toBe(predicted);
    expect(await p.artwork.splitterOf(1n)).toBe(predicted);
    expect(await ethers.provider.getCode(predicted)).not.toBe("0x");
  });

  it("reuses the splitter for the same split set and emits no second SplitterCreated", async () => {
    const first = await mintWork(p);
    const second = await mintWork(p);
    expect(second.splitter).toBe(first.splitter);
    expect(second.splitter).toBe(await p.artwork.splitterFor(second.req.shares));
    expect(findEvents(first.receipt.logs, p.artwork, "SplitterCreated")).toHaveLength(1);
    expect(findEvents(second.receipt.logs, p.artwork, "SplitterCreated")).toHaveLength(0);
  });

  it("deploys a new splitter for a split that differs only in one role", async () => {
    const first = await mintWork(p);
    const shares = first.req.shares.map((s) =>
      s.account === p.platform.address ? { ...s, role: roleId("curator") } : s,
    );
    const second = await mintWork(p, { shares: sortShares(shares) });
    expect(second.splitter).not.toBe(first.splitter);
    expectEvent(second.receipt.logs, p.artwork, "SplitterCreated", [second.splitter, tuples(sortShares(shares))]);
  });

  it("accepts a one-entry split of 10,000 bps", async () => {
    const shares = [{ account: p.contributor.address, role: roleId("prompter"), bps: 10_000 }];
    const { tokenId } = await mintWork(p, { shares });
    expect(normalise(await p.artwork.sharesOf(tokenId))).toEqual(normalise(tuples(shares)));
  });

  it("accepts an eight-entry split, the most allowed", async () => {
    const accounts = p.signers.slice(8, 16).map((s) => s.address);
    const shares = sortShares(accounts.map((account, i) => ({ account, role: roleId(`role-${i}`), bps: 1250 })));
    expect(shares.reduce((a, s) => a + s.bps, 0)).toBe(10_000);
    const { tokenId } = await mintWork(p, { shares });
    expect(normalise(await p.artwork.sharesOf(tokenId))).toEqual(normalise(tuples(shares)));
  });

  it("accepts one account holding two roles, ordered by role", async () => {
    const shares = sortShares([
      { account: p.contributor.address, role: roleId("prompter"), bps: 6000 },
      { account: p.contributor.address, role: roleId("curator"), bps: 4000 },
    ]);
    expect(shares[0].role).toBe(roleId("curator"));
    const { tokenId } = await mintWork(p, { shares });
    expect(normalise(await p.artwork.sharesOf(tokenId))).toEqual(normalise(tuples(shares)));
  });

  it("treats nonces as unordered: zero, the largest value and neighbours in one bitmap word", async () => {
    const max = 2n ** 256n - 1n;
    for (const nonce of [max, 0n, 255n, 257n]) await mintWork(p, { nonce });
    for (const nonce of [max, 0n, 255n, 257n]) expect(await p.artwork.nonceUsed(nonce)).toBe(true);
    for (const nonce of [1n, 254n, 256n, 258n, max - 1n]) expect(await p.artwork.nonceUsed(nonce)).toBe(false);
  });

  it("accepts attestations from every authorised attestor", async () => {
    const second = Wallet.createRandom();
    await (await p.artwork.setAttestor(second.address, true)).wait();
    const req = await mintRequest(p);
    await sendMint(p, req, await attest(p, req, second));
    expect(await p.artwork.ownerOf(1n)).toBe(req.to);
  });

  it("hashes a mint request exactly as EIP-712 typed data signed off-chain", async () => {
    const req = await mintRequest(p);
    const domain = artworkDomain(p.chainId, await p.artwork.getAddress());
    expect(await p.artwork.hashMintRequest(req)).toBe(
      TypedDataEncoder.hash(domain, MINT_REQUEST_TYPES as never, req),
    );
    const other = { ...req, contentHash: hashOf("other image") };
    expect(await p.artwork.hashMintRequest(other)).not.toBe(await p.artwork.hashMintRequest(req));
  });
});
