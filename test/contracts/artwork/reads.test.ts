import hre from "hardhat";
import { beforeEach, describe, expect, it } from "vitest";
import { Interface, ZeroAddress, ZeroHash } from "ethers";
import { deployProtocol, expectRevert, hashOf, mintWork, normalise, type Protocol } from "../fixtures";
import { roleId, sortShares, type Share } from "@/lib/contracts/mint-request";

const tuples = (shares: readonly Share[]) => shares.map((s) => [s.account, s.role, s.bps]);

/** ERC-165 id of an interface: XOR of its function selectors. */
function interfaceId(iface: Interface): string {
  let id = 0;
  iface.forEachFunction((f) => {
    id = (id ^ parseInt(f.selector.slice(2), 16)) >>> 0;
  });
  return "0x" + id.toString(16).padStart(8, "0");
}

describe("Artwork reads", () => {
  let p: Protocol;
  beforeEach(async () => {
    p = await deployProtocol();
  });

  describe("per-token reads of a token that does not exist", () => {
    const reads = ["provenanceOf", "sharesOf", "contributorOf", "splitterOf", "tokenURI"] as const;
    for (const read of reads) {
      it(`${read} reverts with ArtworkNonexistentToken(0) for id 0, which is never minted`, async () => {
        await mintWork(p);
        await expectRevert(p.artwork[read](0n), p.artwork, "ArtworkNonexistentToken", [0n]);
      });
      it(`${read} reverts with ArtworkNonexistentToken(id) for the id after the last mint`, async () => {
        await mintWork(p);
        await expectRevert(p.artwork[read](2n), p.artwork, "ArtworkNonexistentToken", [2n]);
      });
    }

    it("ownerOf reverts with ERC721NonexistentToken(id) from the ERC-721 base", async () => {
      await expectRevert(p.artwork.ownerOf(1n), p.artwork, "ERC721NonexistentToken", [1n]);
    });

    it("royaltyInfo of a token that does not exist pays nobody rather than reverting", async () => {
      const [receiver, amount] = await p.artwork.royaltyInfo(5n, 10_000n);
      expect(receiver).toBe(ZeroAddress);
      expect(amount).toBe(0n);
    });
  });

  describe("per-token reads of a minted token", () => {
    it("contributorOf and splitterOf return the minting contributor and the split's clone", async () => {
      const { tokenId, splitter, req } = await mintWork(p);
      expect(await p.artwork.contributorOf(tokenId)).toBe(p.contributor.address);
      expect(await p.artwork.splitterOf(tokenId)).toBe(splitter);
      expect(splitter).toBe(await p.artwork.splitterFor(req.shares));
    });

    it("sharesOf returns the split entries in their sorted order", async () => {
      const shares = sortShares([
        { account: p.alice.address, role: roleId("prompter"), bps: 5000 },
        { account: p.bob.address, role: roleId("model-author"), bps: 3000 },
        { account: p.carol.address, role: roleId("curator"), bps: 1999 },
        { account: p.carol.address, role: roleId("platform"), bps: 1 },
      ]);
      const { tokenId } = await mintWork(p, { shares });
      expect(normalise(await p.artwork.sharesOf(tokenId))).toEqual(normalise(tuples(shares)));
    });

    it("royaltyInfo sends royaltyBps of the sale price, rounded down, to the splitter", async () => {
      const { tokenId, splitter } = await mintWork(p, { royaltyBps: 250 });
      expect(normalise(await p.artwork.royaltyInfo(tokenId, 10_000n))).toEqual(normalise([splitter, 250n]));
      expect(normalise(await p.artwork.royaltyInfo(tokenId, 399n))).toEqual(normalise([splitter, 9n]));
      expect(normalise(await p.artwork.royaltyInfo(tokenId, 10n ** 18n))).toEqual(normalise([splitter, 25n * 10n ** 15n]));
    });

    it("royaltyInfo of a zero-royalty token names the splitter and owes nothing", async () => {
      const { tokenId, splitter } = await mintWork(p, { royaltyBps: 0 });
      expect(normalise(await p.artwork.royaltyInfo(tokenId, 10n ** 18n))).toEqual(normalise([splitter, 0n]));
    });

    it("tokenByContentHash returns the id for a minted image and 0 for an unknown one", async () => {
      const { tokenId, req } = await mintWork(p);
      expect(await p.artwork.tokenByContentHash(req.contentHash)).toBe(tokenId);
      expect(await p.artwork.tokenByContentHash(hashOf("never minted"))).toBe(0n);
      expect(await p.artwork.tokenByContentHash(ZeroHash)).toBe(0n);
    });
  });

  describe("contract-wide reads", () => {
    it("reports name, symbol, splitter implementation and zero minted on deploy", async () => {
      expect(await p.artwork.name()).toBe("Colophon");
      expect(await p.artwork.symbol()).toBe("CLPH");
      expect(await p.artwork.SPLITTER_IMPLEMENTATION()).toBe(await p.splitterImpl.getAddress());
      expect(await p.artwork.totalMinted()).toBe(0n);
    });

    it("isAttestor is true only for authorised accounts", async () => {
      expect(await p.artwork.isAttestor(p.attestor.address)).toBe(true);
      expect(await p.artwork.isAttestor(p.owner.address)).toBe(false);
      expect(await p.artwork.isAttestor(ZeroAddress)).toBe(false);
    });

    it("nonceUsed is false for every nonce before any mint", async () => {
      for (const n of [0n, 1n, 255n, 256n, 2n ** 256n - 1n]) expect(await p.artwork.nonceUsed(n)).toBe(false);
    });

    it("publishes the EIP-712 domain the attestor signs under", async () => {
      const d = await p.artwork.eip712Domain();
      expect(d.name).toBe("Colophon Artwork");
      expect(d.version).toBe("1");
      expect(d.chainId).toBe(p.chainId);
      expect(d.verifyingContract).toBe(await p.artwork.getAddress());
    });
  });

  describe("splitterFor", () => {
    it("predicts the same address for the same split and different ones for different splits", async () => {
      const a = [{ account: p.alice.address, role: roleId("prompter"), bps: 10_000 }];
      const b = [{ account: p.alice.address, role: roleId("curator"), bps: 10_000 }];
      expect(await p.artwork.splitterFor(a)).toBe(await p.artwork.splitterFor(a));
      expect(await p.artwork.splitterFor(a)).not.toBe(await p.artwork.splitterFor(b));
    });

    it("validates like mint: empty split is ArtworkSplitLength(0, 8)", async () => {
      await expectRevert(p.artwork.splitterFor([]), p.artwork, "ArtworkSplitLength", [0n, 8n]);
    });

    it("validates like mint: zero bps is ArtworkShareInvalid(0)", async () => {
      await expectRevert(
        p.artwork.splitterFor([{ account: p.alice.address, role: roleId("prompter"), bps: 0 }]),
        p.artwork,
        "ArtworkShareInvalid",
        [0n],
      );
    });

    it("validates like mint: unsorted split is ArtworkSplitUnsorted(1)", async () => {
      const shares = sortShares([
        { account: p.alice.address, role: roleId("prompter"), bps: 5000 },
        { account: p.bob.address, role: roleId("prompter"), bps: 5000 },
      ]).reverse();
      await expectRevert(p.artwork.splitterFor(shares), p.artwork, "ArtworkSplitUnsorted", [1n]);
    });

    it("validates like mint: a short sum is ArtworkSplitSum(9000)", async () => {
      await expectRevert(
        p.artwork.splitterFor([{ account: p.alice.address, role: roleId("prompter"), bps: 9000 }]),
        p.artwork,
        "ArtworkSplitSum",
        [9000n],
      );
    });
  });

  describe("supportsInterface", () => {
    it("supports ERC-165, ERC-721, ERC-721 Metadata, ERC-2981 and ERC-4906", async () => {
      for (const id of ["0x01ffc9a7", "0x80ac58cd", "0x5b5e139f", "0x2a55205a", "0x49064906"]) {
        expect(await p.artwork.supportsInterface(id), id).toBe(true);
      }
    });

    it("supports IArtwork by the XOR of its function selectors", async () => {
      const artifact = await hre.artifacts.readArtifact("IArtwork");
      const id = interfaceId(new Interface(artifact.abi));
      expect(id).not.toBe("0x00000000");
      expect(await p.artwork.supportsInterface(id)).toBe(true);
    });

    it("does not claim 0xffffffff, ERC-721 Enumerable or an unrelated id", async () => {
      for (const id of ["0xffffffff", "0x780e9d63", "0x12345678", "0x00000000"]) {
        expect(await p.artwork.supportsInterface(id), id).toBe(false);
      }
    });
  });
});
