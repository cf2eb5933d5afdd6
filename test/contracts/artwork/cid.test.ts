import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { getBytes, hexlify, sha256 as sha256Hex, toUtf8Bytes, type BaseContract } from "ethers";
import { CID } from "multiformats/cid";
import * as Digest from "multiformats/hashes/digest";
import { sha256 } from "multiformats/hashes/sha2";
import { deployProtocol, ethers, mintWork, type Protocol } from "../fixtures";

const RAW = 0x55;
const SHA2_256 = 0x12;

/** The CIDv1 string of a raw block with this sha2-256 digest, computed off-chain. */
function cidOfDigest(digestHex: string): string {
  return CID.createV1(RAW, Digest.create(SHA2_256, getBytes(digestHex))).toString();
}

describe("Artwork token URI is the CIDv1 of the metadata", () => {
  let p: Protocol;
  beforeEach(async () => {
    p = await deployProtocol();
  });

  it("equals ipfs:// + CID.createV1(raw, sha2-256 of the metadata JSON bytes)", async () => {
    const json = toUtf8Bytes(JSON.stringify({ name: "Dawn over the weir", image: "ipfs://bafy..." }));
    const offChain = CID.createV1(RAW, await sha256.digest(json)).toString();
    const { tokenId } = await mintWork(p, { metadataDigest: sha256Hex(json) });
    expect(await p.artwork.tokenURI(tokenId)).toBe(`ipfs://${offChain}`);
  });

  it("round-trips: the URI parses as a CIDv1, raw codec, sha2-256, holding the minted digest", async () => {
    const { tokenId, req } = await mintWork(p);
    const uri = await p.artwork.tokenURI(tokenId);
    const cid = CID.parse(uri.slice("ipfs://".length));
    expect(cid.version).toBe(1);
    expect(cid.code).toBe(RAW);
    expect(cid.multihash.code).toBe(SHA2_256);
    expect(hexlify(cid.multihash.digest)).toBe(req.metadataDigest);
  });

  it("matches off-chain CIDs for edge digests: 0x00..01, all 0xff, and a high-bit-only digest", async () => {
    const digests = ["0x" + "0".repeat(63) + "1", "0x" + "f".repeat(64), "0x80" + "0".repeat(62)];
    for (const d of digests) {
      const { tokenId } = await mintWork(p, { metadataDigest: d });
      expect(await p.artwork.tokenURI(tokenId), d).toBe(`ipfs://${cidOfDigest(d)}`);
    }
  });

  it("gives distinct tokens with distinct metadata distinct URIs", async () => {
    const a = await mintWork(p);
    const b = await mintWork(p);
    expect(await p.artwork.tokenURI(a.tokenId)).not.toBe(await p.artwork.tokenURI(b.tokenId));
  });
});

describe("CidV1.rawSha256 against multiformats (property)", () => {
  let harness: BaseContract & { rawSha256(d: string): Promise<string> };
  beforeAll(async () => {
    harness = (await (await ethers.getContractFactory("ArtworkCidHarness")).deploy()) as never;
  });

  it("encodes every 32-byte digest exactly as multiformats does (59 characters, multibase b)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), async (bytes) => {
        const digest = hexlify(bytes);
        const onChain = await harness.rawSha256(digest);
        expect(onChain).toBe(cidOfDigest(digest));
        expect(onChain).toHaveLength(59);
      }),
      { numRuns: 200 },
    );
  });
});
