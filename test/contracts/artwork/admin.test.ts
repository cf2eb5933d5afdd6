import { beforeEach, describe, expect, it } from "vitest";
import { Contract, Wallet, ZeroAddress, encodeBytes32String } from "ethers";
import {
  deployProtocol,
  ethers,
  expectEvent,
  expectRevert,
  findEvents,
  mintWork,
  normalise,
  type Protocol,
} from "../fixtures";

/** Every read that exposes a token's provenance, normalised for deep comparison. */
async function snapshotProvenance(p: Protocol, tokenId: bigint) {
  return normalise({
    provenance: await p.artwork.provenanceOf(tokenId),
    shares: await p.artwork.sharesOf(tokenId),
    contributor: await p.artwork.contributorOf(tokenId),
    splitter: await p.artwork.splitterOf(tokenId),
    royalty: await p.artwork.royaltyInfo(tokenId, 10n ** 18n),
    cid: (await p.artwork.tokenURI(tokenId)).split("/").pop(),
    byContent: await p.artwork.tokenByContentHash((await p.artwork.provenanceOf(tokenId)).contentHash),
  });
}

const as = (p: Protocol, who: keyof Protocol) => p.artwork.connect(p[who] as never) as Contract;

describe("Artwork admin", () => {
  let p: Protocol;
  beforeEach(async () => {
    p = await deployProtocol();
  });

  describe("setAttestor", () => {
    it("authorises an attestor and emits AttestorUpdated(attestor, true)", async () => {
      const next = Wallet.createRandom().address;
      const r = await (await p.artwork.setAttestor(next, true)).wait();
      expectEvent(r!.logs, p.artwork, "AttestorUpdated", [next, true]);
      expect(await p.artwork.isAttestor(next)).toBe(true);
    });

    it("revokes an attestor and emits AttestorUpdated(attestor, false)", async () => {
      const r = await (await p.artwork.setAttestor(p.attestor.address, false)).wait();
      expectEvent(r!.logs, p.artwork, "AttestorUpdated", [p.attestor.address, false]);
      expect(await p.artwork.isAttestor(p.attestor.address)).toBe(false);
    });

    it("rejects the zero address with ArtworkEmptyField(\"attestor\")", async () => {
      await expectRevert(p.artwork.setAttestor(ZeroAddress, true), p.artwork, "ArtworkEmptyField", [
        encodeBytes32String("attestor"),
      ]);
    });

    it("rejects a non-owner with OwnableUnauthorizedAccount(sender)", async () => {
      await expectRevert(as(p, "alice").setAttestor(p.alice.address, true), p.artwork, "OwnableUnauthorizedAccount", [
        p.alice.address,
      ]);
      expect(await p.artwork.isAttestor(p.alice.address)).toBe(false);
    });

    it("rejects an attestor trying to revoke itself without being owner", async () => {
      const attestor = p.attestor.connect(ethers.provider);
      await (await p.owner.sendTransaction({ to: attestor.address, value: ethers.parseEther("1") })).wait();
      await expectRevert(
        (p.artwork.connect(attestor) as Contract).setAttestor(attestor.address, false),
        p.artwork,
        "OwnableUnauthorizedAccount",
        [attestor.address],
      );
    });
  });

  describe("setTokenURIPrefix", () => {
    it("emits TokenURIPrefixUpdated and no BatchMetadataUpdate before any token exists", async () => {
      const r = await (await p.artwork.setTokenURIPrefix("https://gw.example/ipfs/")).wait();
      expectEvent(r!.logs, p.artwork, "TokenURIPrefixUpdated", ["https://gw.example/ipfs/"]);
      expect(findEvents(r!.logs, p.artwork, "BatchMetadataUpdate")).toHaveLength(0);
    });

    it("emits ERC-4906 BatchMetadataUpdate(1, lastId) once tokens exist", async () => {
      for (let i = 0; i < 3; i++) await mintWork(p);
      const r = await (await p.artwork.setTokenURIPrefix("https://gw.example/ipfs/")).wait();
      expectEvent(r!.logs, p.artwork, "TokenURIPrefixUpdated", ["https://gw.example/ipfs/"]);
      expectEvent(r!.logs, p.artwork, "BatchMetadataUpdate", [1n, 3n]);
    });

    it("changes the prefix of every token URI while keeping each CID", async () => {
      const { tokenId } = await mintWork(p);
      const before = await p.artwork.tokenURI(tokenId);
      expect(before.startsWith("ipfs://b")).toBe(true);
      await (await p.artwork.setTokenURIPrefix("https://gw.example/ipfs/")).wait();
      expect(await p.artwork.tokenURI(tokenId)).toBe("https://gw.example/ipfs/" + before.slice("ipfs://".length));
    });

    it("accepts an empty prefix, leaving the bare CID", async () => {
      const { tokenId } = await mintWork(p);
      const before = await p.artwork.tokenURI(tokenId);
      const r = await (await p.artwork.setTokenURIPrefix("")).wait();
      expectEvent(r!.logs, p.artwork, "TokenURIPrefixUpdated", [""]);
      expect(await p.artwork.tokenURI(tokenId)).toBe(before.slice("ipfs://".length));
    });

    it("rejects a non-owner with OwnableUnauthorizedAccount(sender) and keeps the URI", async () => {
      const { tokenId } = await mintWork(p);
      const before = await p.artwork.tokenURI(tokenId);
      await expectRevert(as(p, "contributor").setTokenURIPrefix("https://evil/"), p.artwork, "OwnableUnauthorizedAccount", [
        p.contributor.address,
      ]);
      expect(await p.artwork.tokenURI(tokenId)).toBe(before);
    });
  });

  describe("ownership", () => {
    it("transfers ownership: OwnershipTransferred, the new owner administers, the old one cannot", async () => {
      const r = await (await p.artwork.transferOwnership(p.bob.address)).wait();
      expectEvent(r!.logs, p.artwork, "OwnershipTransferred", [p.owner.address, p.bob.address]);
      expect(await p.artwork.owner()).toBe(p.bob.address);
      await (await as(p, "bob").setAttestor(p.carol.address, true)).wait();
      expect(await p.artwork.isAttestor(p.carol.address)).toBe(true);
      await expectRevert(p.artwork.setAttestor(p.dave.address, true), p.artwork, "OwnableUnauthorizedAccount", [
        p.owner.address,
      ]);
    });

    it("rejects a transfer to the zero address with OwnableInvalidOwner(0)", async () => {
      await expectRevert(p.artwork.transferOwnership(ZeroAddress), p.artwork, "OwnableInvalidOwner", [ZeroAddress]);
    });

    it("rejects transferOwnership by a non-owner with OwnableUnauthorizedAccount(sender)", async () => {
      await expectRevert(as(p, "alice").transferOwnership(p.alice.address), p.artwork, "OwnableUnauthorizedAccount", [
        p.alice.address,
      ]);
      expect(await p.artwork.owner()).toBe(p.owner.address);
    });

    it("rejects renounceOwnership by a non-owner with OwnableUnauthorizedAccount(sender)", async () => {
      await expectRevert(as(p, "alice").renounceOwnership(), p.artwork, "OwnableUnauthorizedAccount", [p.alice.address]);
    });
  });

  describe("constructor", () => {
    // Errors are decoded with the deployed Artwork's interface (same ABI): the factory's
    // Interface comes from hardhat-ethers' copy of ethers and fails expectRevert's instanceof.
    it("rejects a splitter implementation without code (an EOA) with ArtworkEmptyField(\"splitterImplementation\")", async () => {
      const factory = await ethers.getContractFactory("Artwork");
      await expectRevert(factory.deploy("C", "C", p.owner.address, p.alice.address), p.artwork, "ArtworkEmptyField", [
        encodeBytes32String("splitterImplementation"),
      ]);
    });

    it("rejects the zero splitter implementation with ArtworkEmptyField(\"splitterImplementation\")", async () => {
      const factory = await ethers.getContractFactory("Artwork");
      await expectRevert(factory.deploy("C", "C", p.owner.address, ZeroAddress), p.artwork, "ArtworkEmptyField", [
        encodeBytes32String("splitterImplementation"),
      ]);
    });

    it("rejects a zero initial owner with OwnableInvalidOwner(0)", async () => {
      const factory = await ethers.getContractFactory("Artwork");
      await expectRevert(
        factory.deploy("C", "C", ZeroAddress, await p.splitterImpl.getAddress()),
        p.artwork,
        "OwnableInvalidOwner",
        [ZeroAddress],
      );
    });
  });

  describe("provenance is fixed for ever", () => {
    it("survives every owner admin call unchanged: setAttestor, setTokenURIPrefix, transferOwnership, renounce", async () => {
      const { tokenId } = await mintWork(p);
      const before = await snapshotProvenance(p, tokenId);
      await (await p.artwork.setAttestor(p.attestor.address, false)).wait();
      await (await p.artwork.setAttestor(p.alice.address, true)).wait();
      await (await p.artwork.setTokenURIPrefix("https://gw.example/ipfs/")).wait();
      expect(await snapshotProvenance(p, tokenId)).toEqual(before);
      await (await p.artwork.transferOwnership(p.bob.address)).wait();
      await (await as(p, "bob").renounceOwnership()).wait();
      expect(await p.artwork.owner()).toBe(ZeroAddress);
      expect(await snapshotProvenance(p, tokenId)).toEqual(before);
    });

    it("survives a transfer of the token: the contributor and split stay with the work", async () => {
      const { tokenId } = await mintWork(p);
      const before = await snapshotProvenance(p, tokenId);
      await (await as(p, "contributor").transferFrom(p.contributor.address, p.alice.address, tokenId)).wait();
      expect(await p.artwork.ownerOf(tokenId)).toBe(p.alice.address);
      expect(await snapshotProvenance(p, tokenId)).toEqual(before);
    });

    it("is unaffected by later mints that reuse the same splitter", async () => {
      const first = await mintWork(p);
      const before = await snapshotProvenance(p, first.tokenId);
      await mintWork(p, { royaltyBps: 2500 });
      expect(await snapshotProvenance(p, first.tokenId)).toEqual(before);
    });

    it("has no setter: the only state-changing functions are mint, ERC-721 transfers/approvals and Ownable admin", () => {
      const writes: string[] = [];
      p.artwork.interface.forEachFunction((f) => {
        if (f.stateMutability !== "view" && f.stateMutability !== "pure") writes.push(f.name);
      });
      expect([...new Set(writes)].sort()).toEqual(
        [
          "approve",
          "mint",
          "renounceOwnership",
          "safeTransferFrom",
          "setApprovalForAll",
          "setAttestor",
          "setTokenURIPrefix",
          "transferFrom",
          "transferOwnership",
        ].sort(),
      );
    });
  });
});
