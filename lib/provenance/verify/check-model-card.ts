import { recoverModelCardSigner, type ModelCard } from "../../../inference/model-card";
import type { TokenMetadata } from "../metadata-schema";
import { parseModelCardDocument } from "../model-card-document";
import { sha256OfRawCid } from "../raw-block-cid";
import type { ProvenanceRecord } from "../record-schema";
import type { Fetched } from "./fetch-checked";
import { fail, notCheckable, pass, short, type Outcome } from "./step";
import type { OnChainProvenance } from "./types";

/** Recovered card signers by (card, signature): one model signs thousands of works' cards. */
const recoveredSigners = new Map<string, string | null>();
const MAX_REMEMBERED_SIGNERS = 512;

/** recoverModelCardSigner, remembered (public-key recovery is most of a verification's CPU time). */
function recoverCardSigner(card: ModelCard, signature: string): string | null {
  const key = `${JSON.stringify(card)}\n${signature}`;
  if (recoveredSigners.has(key)) return recoveredSigners.get(key)!;
  const signer = recoverModelCardSigner(card, signature);
  if (recoveredSigners.size >= MAX_REMEMBERED_SIGNERS) recoveredSigners.delete(recoveredSigners.keys().next().value!);
  recoveredSigners.set(key, signer);
  return signer;
}

/** What {@link checkModelCard} found: the card and its signature when they check out. */
export interface ModelCardCheck {
  card: ModelCard | null;
  signature: string | null;
  outcome: Outcome;
}

/**
 * The model card named by the record: served bytes match its CID, it is signed (EIP-712)
 * by its trainer, it names the token's model hash and trainer, and the record's model name,
 * version and file CID agree with it. The signature is the one the metadata carries (or the
 * card document's own, for cards stored as `{ card, signature }`).
 */
export function checkModelCard(parameters: {
  fetched: Fetched;
  record: ProvenanceRecord;
  metadata: TokenMetadata | null;
  provenance: OnChainProvenance;
}): ModelCardCheck {
  const { fetched, record, metadata, provenance } = parameters;
  const cardCid = record.model.cardCid;
  if (!fetched.ok) return { card: null, signature: null, outcome: { status: fetched.status, reason: fetched.reason, details: { cardCid } } };
  const document = parseModelCardDocument(fetched.bytes);
  if (!document.ok) return { card: null, signature: null, outcome: fail(document.reason, { cardCid }) };
  const { card } = document;
  const signature = metadata?.colophon.signatures.trainer.signature ?? document.signature;
  const details: Record<string, unknown> = { cardCid, card };
  if (signature === null) {
    return { card, signature: null, outcome: notCheckable("the trainer's signature is carried by the token metadata, which could not be read or trusted", details) };
  }
  const signer = recoverCardSigner(card, signature);
  details.recovered = signer;
  const problems: string[] = [];
  if (signer !== card.trainer) problems.push(`the model card signature recovers to ${signer ?? "no address"}, not the card's trainer ${card.trainer}`);
  if (card.modelSha256 !== provenance.modelHash) {
    problems.push(`the model card describes the file ${short(card.modelSha256)}, not the token's model hash ${short(provenance.modelHash)}`);
  }
  if (card.trainer !== provenance.trainer) problems.push(`the model card's trainer ${card.trainer} is not the on-chain trainer ${provenance.trainer}`);
  if (metadata && metadata.colophon.signatures.trainer.address !== card.trainer) {
    problems.push(`the metadata names ${metadata.colophon.signatures.trainer.address} as the card's signer, not its trainer ${card.trainer}`);
  }
  if (record.model.name !== card.name || record.model.version !== card.version) {
    problems.push(`the record names the model "${record.model.name} ${record.model.version}", the card "${card.name} ${card.version}"`);
  }
  const fileSha256 = sha256OfRawCid(record.model.fileCid);
  if (fileSha256 !== null && fileSha256 !== provenance.modelHash) {
    problems.push(`record.model.fileCid names a file with sha256 ${short(fileSha256)}, not the model hash ${short(provenance.modelHash)}`);
  }
  details.fileCid = fileSha256 === null ? "a UnixFS DAG: its bytes are checked by --reproduce" : "a raw block naming the model hash";
  if (problems.length > 0) return { card, signature, outcome: fail(problems[0]!, { ...details, problems }) };
  return {
    card,
    signature,
    outcome: pass(`the card of ${card.name} ${card.version} is signed by its trainer ${card.trainer} and names this model file`, details),
  };
}
