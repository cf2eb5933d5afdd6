import { beforeEach, describe, expect, it } from "vitest";
import {
  Contract,
  Signature,
  Wallet,
  ZeroAddress,
  ZeroHash,
  concat,
  encodeBytes32String,
  hexlify,
  randomBytes,
  recoverAddress,
  toBeHex,
  zeroPadValue,
  type Signer,
} from "ethers";
import {
  attest,
  deployProtocol,
  ethers,
  expectRevert,
  hashOf,
  mintRequest,
  mintWork,
  type Protocol,
} from "../fixtures";
import { MINT_REQUEST_TYPES, artworkDomain, roleId, sortShares, type MintRequest, type Share } from "@/lib/contracts/mint-request";

/** secp256k1 group order, to build the high-s twin of a signature. */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** The mint call as `sender`, not awaited, for expectRevert. */
function mintAs(p: Protocol, req: MintRequest, sig: string, sender: Signer = p.contributor) {
  return (p.artwork.connect(sender) as Contract).mint(req, sig);
}

/** A request with `overrides`, validly signed by the authorised attestor. */
async function signed(p: Protocol, overrides: Partial<MintRequest> = {}) {
  const req = await mintRequest(p, overrides);
  return { req, sig: await attest(p, req) };
}

/** Asserts that nothing was minted and the request's nonce is still free. */
async function expectNothingMinted(p: Protocol, req: MintRequest) {
  expect(await p.artwork.totalMinted()).toBe(0n);
  expect(await p.artwork.nonceUsed(req.nonce)).toBe(false);
  expect(await p.artwork.tokenByContentHash(req.contentHash)).toBe(0n);
}

describe("Artwork mint failures", () => {
  let p: Protocol;
  beforeEach(async () => {
    p = await deployProtocol();
  });

  describe("attestation deadline", () => {
    it("rejects an attestation one second past its deadline with ArtworkAttestationExpired(deadline, now)", async () => {
      const { req, sig } = await signed(p);
      const late = req.deadline + 1n;
      await ethers.provider.send("evm_setNextBlockTimestamp", [Number(late)]);
      // A fixed gas limit skips estimation, so the revert comes from the mined block at `late`.
      await expectRevert(
        (p.artwork.connect(p.contributor) as Contract).mint(req, sig, { gasLimit: 2_000_000 }),
        p.artwork,
        "ArtworkAttestationExpired",
        [req.deadline, late],
      );
      await expectNothingMinted(p, req);
    });

    it("rejects an attestation whose deadline passed long ago", async () => {
      const { req, sig } = await signed(p, { deadline: 1n });
      const at = (await ethers.provider.getBlock("latest"))!.timestamp + 100;
      await ethers.provider.send("evm_setNextBlockTimestamp", [at]);
      await expectRevert(
        (p.artwork.connect(p.contributor) as Contract).mint(req, sig, { gasLimit: 2_000_000 }),
        p.artwork,
        "ArtworkAttestationExpired",
        [1n, BigInt(at)],
      );
    });
  });

  describe("sender", () => {
    it("rejects a mint sent by anyone but the contributor with ArtworkSenderNotContributor(sender, contributor)", async () => {
      const { req, sig } = await signed(p);
      await expectRevert(mintAs(p, req, sig, p.alice), p.artwork, "ArtworkSenderNotContributor", [
        p.alice.address,
        p.contributor.address,
      ]);
      await expectNothingMinted(p, req);
    });

    it("rejects the attestor itself sending the contributor's mint", async () => {
      const { req, sig } = await signed(p);
      await expectRevert(mintAs(p, req, sig, p.owner), p.artwork, "ArtworkSenderNotContributor", [
        p.owner.address,
        p.contributor.address,
      ]);
    });
  });

  describe("empty fields", () => {
    const cases: [string, Partial<MintRequest>][] = [
      ["to", { to: ZeroAddress }],
      ["contentHash", { contentHash: ZeroHash }],
      ["recordHash", { recordHash: ZeroHash }],
      ["modelHash", { modelHash: ZeroHash }],
      ["metadataDigest", { metadataDigest: ZeroHash }],
      ["trainer", { trainer: ZeroAddress }],
    ];
    for (const [field, overrides] of cases) {
      it(`rejects a signed request with a zero ${field} with ArtworkEmptyField("${field}")`, async () => {
        const { req, sig } = await signed(p, overrides);
        await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkEmptyField", [encodeBytes32String(field)]);
        expect(await p.artwork.totalMinted()).toBe(0n);
        expect(await p.artwork.nonceUsed(req.nonce)).toBe(false);
      });
    }
  });

  describe("royalty", () => {
    it("rejects 2,501 bps, one above the cap, with ArtworkRoyaltyTooHigh(2501, 2500)", async () => {
      const { req, sig } = await signed(p, { royaltyBps: 2501 });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkRoyaltyTooHigh", [2501n, 2500n]);
      await expectNothingMinted(p, req);
    });

    it("rejects the largest uint16 royalty with ArtworkRoyaltyTooHigh(65535, 2500)", async () => {
      const { req, sig } = await signed(p, { royaltyBps: 65_535 });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkRoyaltyTooHigh", [65_535n, 2500n]);
    });
  });

  describe("uniqueness and replay", () => {
    it("rejects a second mint of the same image under a fresh attestation with ArtworkContentAlreadyMinted(hash, firstId)", async () => {
      const first = await mintWork(p);
      await mintWork(p); // token 2, another image
      const { req, sig } = await signed(p, { contentHash: first.req.contentHash, recordHash: hashOf("other record") });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkContentAlreadyMinted", [first.req.contentHash, 1n]);
      expect(await p.artwork.totalMinted()).toBe(2n);
      expect(await p.artwork.nonceUsed(req.nonce)).toBe(false);
    });

    it("rejects the same image even when minted to another recipient with another split", async () => {
      const first = await mintWork(p);
      const shares = [{ account: p.bob.address, role: roleId("prompter"), bps: 10_000 }];
      const { req, sig } = await signed(p, { contentHash: first.req.contentHash, to: p.bob.address, shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkContentAlreadyMinted", [first.req.contentHash, 1n]);
    });

    it("rejects a replay of a used attestation (same request and signature)", async () => {
      const { req, sig } = await signed(p);
      await (await mintAs(p, req, sig)).wait();
      // The image check runs first, so a byte-for-byte replay names the image.
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkContentAlreadyMinted", [req.contentHash, 1n]);
    });

    it("rejects a new image under a used nonce with ArtworkNonceUsed(nonce)", async () => {
      await mintWork(p, { nonce: 42n });
      const { req, sig } = await signed(p, { nonce: 42n });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkNonceUsed", [42n]);
      expect(await p.artwork.totalMinted()).toBe(1n);
    });

    it("rejects a used nonce at the top of the range", async () => {
      const max = 2n ** 256n - 1n;
      await mintWork(p, { nonce: max });
      const { req, sig } = await signed(p, { nonce: max });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkNonceUsed", [max]);
    });
  });

  describe("malformed signatures", () => {
    const garbage: [string, () => string][] = [
      ["64 bytes of garbage (compact EIP-2098 form is not accepted)", () => hexlify(randomBytes(64))],
      ["an empty signature", () => "0x"],
      ["66 bytes", () => hexlify(randomBytes(66))],
      ["65 zero bytes", () => hexlify(new Uint8Array(65))],
    ];
    for (const [name, make] of garbage) {
      it(`rejects ${name} with ArtworkInvalidSignature()`, async () => {
        const req = await mintRequest(p);
        await expectRevert(mintAs(p, req, make()), p.artwork, "ArtworkInvalidSignature", []);
        await expectNothingMinted(p, req);
      });
    }

    it("rejects a valid signature with v = 29 with ArtworkInvalidSignature()", async () => {
      const { req, sig } = await signed(p);
      const bad = concat([sig.slice(0, 130), "0x1d"]);
      await expectRevert(mintAs(p, req, bad), p.artwork, "ArtworkInvalidSignature", []);
    });

    it("rejects the malleated high-s twin of a valid signature with ArtworkInvalidSignature()", async () => {
      const { req, sig } = await signed(p);
      const s = Signature.from(sig);
      const highS = zeroPadValue(toBeHex(SECP256K1_N - BigInt(s.s)), 32);
      const twin = concat([s.r, highS, s.v === 27 ? "0x1c" : "0x1b"]);
      await expectRevert(mintAs(p, req, twin), p.artwork, "ArtworkInvalidSignature", []);
      // The original still works: the twin was refused, not the attestation.
      await (await mintAs(p, req, sig)).wait();
      expect(await p.artwork.totalMinted()).toBe(1n);
    });
  });

  describe("unauthorised signers", () => {
    it("rejects a signature from a random key with ArtworkUnauthorizedAttestor(signer)", async () => {
      const stranger = Wallet.createRandom();
      const req = await mintRequest(p);
      await expectRevert(mintAs(p, req, await attest(p, req, stranger)), p.artwork, "ArtworkUnauthorizedAttestor", [
        stranger.address,
      ]);
      await expectNothingMinted(p, req);
    });

    it("rejects a contributor attesting its own mint", async () => {
      const req = await mintRequest(p);
      await expectRevert(mintAs(p, req, await attest(p, req, p.contributor)), p.artwork, "ArtworkUnauthorizedAttestor", [
        p.contributor.address,
      ]);
    });

    it("rejects the contract owner signing without being an attestor", async () => {
      const req = await mintRequest(p);
      await expectRevert(mintAs(p, req, await attest(p, req, p.owner)), p.artwork, "ArtworkUnauthorizedAttestor", [
        p.owner.address,
      ]);
    });

    it("rejects an attestation signed before its attestor was revoked", async () => {
      const { req, sig } = await signed(p);
      await (await p.artwork.setAttestor(p.attestor.address, false)).wait();
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkUnauthorizedAttestor", [p.attestor.address]);
      await expectNothingMinted(p, req);
    });

    const tampers: [string, (req: MintRequest, p: Protocol) => Partial<MintRequest>][] = [
      ["the royalty", () => ({ royaltyBps: 2500 })],
      ["the recipient", (_r, p) => ({ to: p.alice.address })],
      ["the record hash", () => ({ recordHash: hashOf("forged record") })],
      ["the model hash", () => ({ modelHash: hashOf("forged model") })],
      ["the trainer", (_r, p) => ({ trainer: p.alice.address })],
      ["the metadata digest", () => ({ metadataDigest: hashOf("forged metadata") })],
      ["the deadline", (r) => ({ deadline: r.deadline + 86_400n })],
      ["the nonce", (r) => ({ nonce: r.nonce + 1_000_000n })],
      [
        "the split bps",
        (r) => ({ shares: r.shares.map((s, i) => ({ ...s, bps: i === 0 ? s.bps + 1 : i === 1 ? s.bps - 1 : s.bps })) }),
      ],
      [
        "a split account",
        (r, p) => ({
          shares: sortShares(r.shares.map((s) => (s.account === p.platform.address ? { ...s, account: p.alice.address } : s))),
        }),
      ],
    ];
    for (const [field, tamper] of tampers) {
      it(`rejects a signature over a request whose ${field} was changed: it recovers a different address`, async () => {
        const { req, sig } = await signed(p);
        const forged = { ...req, ...tamper(req, p) };
        const recovered = recoverAddress(await p.artwork.hashMintRequest(forged), sig);
        expect(recovered).not.toBe(p.attestor.address);
        await expectRevert(mintAs(p, forged, sig), p.artwork, "ArtworkUnauthorizedAttestor", [recovered]);
        await expectNothingMinted(p, forged);
      });
    }

    it("rejects an attestation signed for another chain id", async () => {
      const req = await mintRequest(p);
      const domain = artworkDomain(p.chainId + 1n, await p.artwork.getAddress());
      const sig = await p.attestor.signTypedData(domain, MINT_REQUEST_TYPES as never, req);
      const recovered = recoverAddress(await p.artwork.hashMintRequest(req), sig);
      expect(recovered).not.toBe(p.attestor.address);
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkUnauthorizedAttestor", [recovered]);
    });

    it("rejects an attestation signed for another Artwork deployment", async () => {
      const req = await mintRequest(p);
      const other = await (await ethers.getContractFactory("Artwork")).deploy(
        "Colophon",
        "CLPH",
        p.owner.address,
        await p.splitterImpl.getAddress(),
      );
      const domain = artworkDomain(p.chainId, await other.getAddress());
      const sig = await p.attestor.signTypedData(domain, MINT_REQUEST_TYPES as never, req);
      const recovered = recoverAddress(await p.artwork.hashMintRequest(req), sig);
      expect(recovered).not.toBe(p.attestor.address);
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkUnauthorizedAttestor", [recovered]);
    });
  });

  describe("split validation", () => {
    const share = (account: string, role: string, bps: number): Share => ({ account, role: roleId(role), bps });

    it("rejects an empty split with ArtworkSplitLength(0, 8)", async () => {
      const { req, sig } = await signed(p, { shares: [] });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkSplitLength", [0n, 8n]);
      await expectNothingMinted(p, req);
    });

    it("rejects a nine-entry split with ArtworkSplitLength(9, 8)", async () => {
      const accounts = p.signers.slice(8, 17).map((s) => s.address);
      const shares = sortShares(accounts.map((a, i) => share(a, "curator", i === 0 ? 1112 : 1111)));
      const { req, sig } = await signed(p, { shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkSplitLength", [9n, 8n]);
    });

    it("rejects a zero account with ArtworkShareInvalid(0)", async () => {
      const shares = [share(ZeroAddress, "prompter", 5000), share(p.contributor.address, "prompter", 5000)];
      const { req, sig } = await signed(p, { shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkShareInvalid", [0n]);
    });

    it("rejects a zero role at index 1 with ArtworkShareInvalid(1)", async () => {
      const base = await mintRequest(p);
      const shares = base.shares.map((s, i) => (i === 1 ? { ...s, role: ZeroHash } : s));
      const { req, sig } = await signed(p, { shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkShareInvalid", [1n]);
    });

    it("rejects a zero-bps entry at index 2 with ArtworkShareInvalid(2)", async () => {
      const base = await mintRequest(p);
      const shares = base.shares.map((s, i) => (i === 2 ? { ...s, bps: 0 } : i === 0 ? { ...s, bps: s.bps + base.shares[2].bps } : s));
      expect(shares.reduce((a, s) => a + s.bps, 0)).toBe(10_000);
      const { req, sig } = await signed(p, { shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkShareInvalid", [2n]);
    });

    it("rejects a split in reverse order with ArtworkSplitUnsorted(1)", async () => {
      const base = await mintRequest(p);
      const { req, sig } = await signed(p, { shares: [...base.shares].reverse() });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkSplitUnsorted", [1n]);
    });

    it("rejects a duplicate (account, role) entry with ArtworkSplitUnsorted(1)", async () => {
      const shares = [share(p.contributor.address, "prompter", 5000), share(p.contributor.address, "prompter", 5000)];
      const { req, sig } = await signed(p, { shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkSplitUnsorted", [1n]);
    });

    it("rejects one account's roles in descending order with ArtworkSplitUnsorted(1)", async () => {
      const shares = [share(p.contributor.address, "prompter", 5000), share(p.contributor.address, "curator", 5000)];
      const { req, sig } = await signed(p, { shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkSplitUnsorted", [1n]);
    });

    it("names the first out-of-order index: sorted pair then a smaller account is ArtworkSplitUnsorted(2)", async () => {
      const base = await mintRequest(p);
      const [a, b, c] = base.shares;
      const { req, sig } = await signed(p, { shares: [b, c, a] });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkSplitUnsorted", [2n]);
    });

    it("rejects shares summing to 9,999 with ArtworkSplitSum(9999)", async () => {
      const base = await mintRequest(p);
      const shares = base.shares.map((s, i) => (i === 0 ? { ...s, bps: s.bps - 1 } : s));
      const { req, sig } = await signed(p, { shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkSplitSum", [9999n]);
    });

    it("rejects shares summing to 10,001 with ArtworkSplitSum(10001)", async () => {
      const base = await mintRequest(p);
      const shares = base.shares.map((s, i) => (i === 0 ? { ...s, bps: s.bps + 1 } : s));
      const { req, sig } = await signed(p, { shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkSplitSum", [10_001n]);
    });

    it("rejects eight maximal uint16 shares by their true sum, without overflow", async () => {
      const accounts = p.signers.slice(8, 16).map((s) => s.address);
      const shares = sortShares(accounts.map((a) => share(a, "curator", 65_535)));
      const { req, sig } = await signed(p, { shares });
      await expectRevert(mintAs(p, req, sig), p.artwork, "ArtworkSplitSum", [8n * 65_535n]);
    });
  });
});
