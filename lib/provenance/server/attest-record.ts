import { getAddress, hexlify, randomBytes, sha256 } from "ethers";
import { Prisma } from "@/lib/db/generated/client";
import { artworkDomain, MINT_REQUEST_TYPES } from "@/lib/contracts/mint-request";
import { buildMetadata, ipfsUri, metadataBytes } from "@/lib/provenance/build-metadata";
import { buildMintRequest } from "@/lib/provenance/build-mint-request";
import { recoverRecordSigner, signRecord } from "@/lib/provenance/eip712";
import { canonicalRecordBytes, hashRecord, recordCidFromHash } from "@/lib/provenance/hash-record";
import { parseModelCardDocument } from "@/lib/provenance/model-card-document";
import { cidFromSha256 } from "@/lib/provenance/raw-block-cid";
import { provenanceRecordSchema, type ProvenanceRecord } from "@/lib/provenance/record-schema";
import { devAccountRefusal } from "@/lib/chain/dev-accounts";
import { KeyError } from "@/lib/errors";
import { mintRequestSchema, mintRequestToJson, type MintRequestJson } from "./mint-request-json";
import type { ProvenanceDeps } from "./provenance-deps";
import { ProvenanceFlowError } from "./provenance-flow-error";
import { loadOwnRecord } from "./load-own-record";
import { readChainTime } from "./read-chain-time";
import { readTokenByContent } from "./read-token-by-content";
import { requireMintTerms } from "./require-mint-terms";

/** How long a mint attestation stays valid (Artwork checks `deadline` against block time). */
export const MINT_ATTESTATION_TTL_S = 60 * 60;

/** A stored attestation this close to its deadline is replaced rather than handed out again. */
const REISSUE_MARGIN_S = 5 * 60;

/** Parameters of {@link attestRecord}. */
export interface AttestRecordParameters {
  deps: ProvenanceDeps;
  recordId: string;
  /** The signed-in address; must be the record's contributor. */
  signedIn: string;
  /** The contributor's EIP-712 `Record` signature. */
  signature: string;
}

/** What {@link attestRecord} returns (the body of POST /api/records/:id/sign). */
export interface AttestRecordReturnType {
  recordId: string;
  status: "ATTESTED";
  /** What the contributor's wallet sends to Artwork.mint, with bigints as decimal strings. */
  mintRequest: MintRequestJson;
  /** The attestor's EIP-712 signature over the mint request. */
  mintSignature: string;
  artworkAddress: string;
  chainId: number;
  /** CIDs of what was stored: the record, the token metadata (the tokenURI's CID). */
  recordCid: string;
  metadataCid: string;
}

/**
 * Co-signs a drafted record: checks the contributor's signature recovers to the contributor,
 * has the attestor sign the same Record digest, stores the record's canonical bytes and the
 * token metadata (image ipfs://, the three signatures, the model card) as single raw blocks,
 * and signs the mint request (deadline an hour ahead of the chain's latest block time, or of
 * the server's clock when that is later; random nonce) for the contributor's wallet to send. The record becomes ATTESTED. Before signing,
 * the record's terms are checked as Artwork.mint will check them (see requireMintable).
 *
 * Asking again with the same signature hands back the stored attestation while it has more
 * than a few minutes left, and a fresh one after that.
 *
 * @throws ProvenanceFlowError SIGNATURE_INVALID (422, with the reason), NOT_FOUND,
 *   FORBIDDEN, CONFLICT (already minted; the model card is not in the store or changed),
 *   INPUT_INVALID (a split the contract would refuse, naming e.g. `split.1.account`).
 */
export async function attestRecord({ deps, recordId, signedIn, signature }: AttestRecordParameters): Promise<AttestRecordReturnType> {
  const row = await loadOwnRecord({ deps, recordId, signedIn });
  if (row.status === "MINTED") {
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: `This record is already minted as work #${row.tokenId?.toFixed()}`,
      details: { field: "id", reason: "already minted", tokenId: row.tokenId?.toFixed() },
    });
  }
  const record = provenanceRecordSchema.parse(row.record);
  const recordHash = hashRecord(record);
  if (recordHash !== row.recordHash) {
    // The stored JSON no longer hashes to what was shown: never attest something else.
    throw new Error(`Stored record ${row.id} does not hash to its recordHash`);
  }

  const contributor = getAddress(record.contributor.address);
  const recovered = recoverRecordSigner(record, signature);
  if (recovered === null) {
    throw new ProvenanceFlowError({
      code: "SIGNATURE_INVALID",
      message: "The signature is not a valid signature of this record",
      details: { field: "signature", reason: "malformed: it recovers to no address" },
    });
  }
  if (recovered !== contributor) {
    throw new ProvenanceFlowError({
      code: "SIGNATURE_INVALID",
      message: `The signature was made by ${recovered}, not by the contributor ${contributor}, or over another record`,
      details: {
        field: "signature",
        reason: `recovers to ${recovered}, not the contributor ${contributor}: sign the record shown, with the contributor's account`,
        recovered,
        contributor,
      },
    });
  }

  // Artwork compares the deadline with block.timestamp, so it is set on the chain's clock:
  // the latest block's time, which runs ahead of ours after time travel. Never earlier than
  // our own clock, though: a chain that mines only on demand (the local node) can have a
  // latest block hours old, and its next block is stamped with the present.
  const chainSeconds = await readChainTime(deps.provider);
  const serverSeconds = BigInt(Math.floor(deps.now().getTime() / 1000));
  const nowSeconds = chainSeconds > serverSeconds ? chainSeconds : serverSeconds;
  if (row.status === "ATTESTED" && row.contributorSignature === signature && row.mintSignature !== null && row.recordCid !== null) {
    const stored = mintRequestSchema.safeParse(row.mintRequest);
    if (stored.success && BigInt(stored.data.deadline) > nowSeconds + BigInt(REISSUE_MARGIN_S)) {
      return {
        recordId: row.id,
        status: "ATTESTED",
        mintRequest: stored.data,
        mintSignature: row.mintSignature,
        artworkAddress: deps.artworkAddress,
        chainId: deps.chainId,
        recordCid: row.recordCid,
        metadataCid: cidFromSha256(stored.data.metadataDigest),
      };
    }
  }

  const model = await deps.prisma.model.findUnique({ where: { sha256: record.model.sha256 } });
  if (model === null) {
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: `The record's model ${record.model.sha256} is not registered here`,
      details: { field: "id", reason: "model not registered" },
    });
  }
  if (model.cardCid !== record.model.cardCid || getAddress(model.trainer) !== getAddress(record.model.trainer)) {
    // The model's card was signed again (e.g. the built-ins by a new operator key) after
    // this record was drafted: the metadata would pair the new signature with the old card.
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: "The model's card has changed since this record was drafted; draft it again",
      details: { field: "id", reason: "model card changed" },
    });
  }
  await requireMintable(deps, record);
  await requireModelCard(deps, record.model.cardCid);

  const attestor = await deps.attestor();
  const attestorRefusal = devAccountRefusal(attestor.address, deps.chainId);
  if (attestorRefusal !== null) {
    throw new KeyError({ code: "KEY_INVALID", message: `The attestor key cannot attest: ${attestorRefusal}; set ATTESTOR_PRIVATE_KEY to a key of your own`, details: { origin: "attestor" } });
  }
  const attestorSignature = await signRecord(record, attestor.signer);

  const recordBytes = canonicalRecordBytes(record);
  const recordCid = (await deps.contentStore.add(recordBytes)).cid;
  const expectedRecordCid = recordCidFromHash(recordHash);
  if (recordCid !== expectedRecordCid) {
    throw new Error(`The content store gave the record CID ${recordCid}, expected ${expectedRecordCid} (one raw block)`);
  }

  const metadata = buildMetadata({
    record,
    signatures: {
      attestor: { address: getAddress(attestor.address), signature: attestorSignature },
      contributor: { address: contributor, signature },
      trainer: { address: getAddress(record.model.trainer), signature: model.cardSignature },
    },
  });
  const bytes = metadataBytes(metadata);
  const digest = sha256(bytes);
  const metadataCid = (await deps.contentStore.add(bytes)).cid;
  if (metadataCid !== cidFromSha256(digest)) {
    throw new Error(`The content store gave the metadata CID ${metadataCid}, expected ${cidFromSha256(digest)} (one raw block)`);
  }

  const request = buildMintRequest({
    record,
    metadataDigest: digest,
    deadline: nowSeconds + BigInt(MINT_ATTESTATION_TTL_S),
    nonce: BigInt(hexlify(randomBytes(32))),
  });
  const mintSignature = await attestor.signer.signTypedData(
    artworkDomain(deps.chainId, deps.artworkAddress),
    { MintRequest: MINT_REQUEST_TYPES.MintRequest.map((f) => ({ ...f })), Share: MINT_REQUEST_TYPES.Share.map((f) => ({ ...f })) },
    request,
  );
  const mintRequest = mintRequestToJson(request);

  // Only a record still in the state read above is updated: a concurrent mint or re-draft wins.
  const updated = await deps.prisma.provenanceRecord.updateMany({
    where: { id: row.id, status: row.status, recordHash },
    data: {
      status: "ATTESTED",
      recordCid,
      contributorSignature: signature,
      attestorSignature,
      mintRequest: mintRequest as Prisma.InputJsonObject,
      mintSignature,
    },
  });
  if (updated.count !== 1) {
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: "The record changed while it was being attested; load it again",
      details: { field: "id", reason: "changed concurrently" },
    });
  }
  return {
    recordId: row.id,
    status: "ATTESTED",
    mintRequest,
    mintSignature,
    artworkAddress: deps.artworkAddress,
    chainId: deps.chainId,
    recordCid,
    metadataCid,
  };
}

/**
 * What Artwork.mint will check of the record's terms, checked before anything is signed: the
 * split (lib/provenance/validate-split.ts), the royalty cap, the trainer, no dev account off
 * the local chain, and that no token has this image yet. A record that would revert is
 * refused here with the field and the reason, instead of being attested and failing on-chain.
 */
async function requireMintable(deps: ProvenanceDeps, record: ProvenanceRecord): Promise<void> {
  // The record's split, in the record's (canonical) order; drafting it again fixes it.
  requireMintTerms(
    { split: record.split, royaltyBps: record.royaltyBps, trainer: record.model.trainer },
    { chainId: deps.chainId, subject: "record", idField: "id", splitHint: "draft the record again with another split" },
  );
  const tokenId = await readTokenByContent(deps, record.image.sha256);
  if (tokenId !== null) {
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: `This image is already minted as work #${tokenId}`,
      details: { field: "id", reason: "already minted on chain", tokenId: tokenId.toString() },
    });
  }
}

/**
 * The model card must be in the store (model registration puts it there): the metadata
 * points at it and verifiers fetch it. It is read, checked to be a card, and stored again.
 */
async function requireModelCard(deps: ProvenanceDeps, cardCid: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await deps.contentStore.get(cardCid);
  } catch (error) {
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: `The model card ${ipfsUri(cardCid)} is not in the content store; the model's card must be stored before its works are minted`,
      details: { field: "id", reason: "model card missing", cardCid },
      cause: error,
    });
  }
  const parsed = parseModelCardDocument(bytes);
  if (!parsed.ok) {
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: `The model card ${ipfsUri(cardCid)} cannot be read: ${parsed.reason}`,
      details: { field: "id", reason: "model card unreadable", cardCid },
    });
  }
  // Stored (pinned, on a Kubo node) with the record and metadata that point at it, so every
  // document a verifier needs stays together. Adding stored bytes again is a no-op.
  await deps.contentStore.add(bytes);
}
