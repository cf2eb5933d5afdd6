import { roleId, type Share } from "../../contracts/mint-request";
import { sharesOfRecord } from "../build-mint-request";
import { TOTAL_BPS, type ProvenanceRecord } from "../record-schema";
import { fail, pass, type Outcome } from "./step";
import type { ChainReader, OnChainProvenance } from "./types";

/** Sale price used to read royaltyInfo: 10,000 wei, so the amount in wei equals the royalty in bps. */
const PROBE_SALE_PRICE = 10_000n;

const describe = (share: Share) => `${share.account} ${share.role} ${share.bps} bps`;

/**
 * The split: the record's entries sum to 10,000 bps and are in the contract's canonical
 * order (by account, then role id), they equal sharesOf(tokenId) entry by entry, the
 * record's royalty equals the chain's, and royaltyInfo pays the splitter the contract
 * derives for this split (splitterFor) which is the token's provenance splitter.
 */
export async function checkSplit(record: ProvenanceRecord, tokenId: bigint, provenance: OnChainProvenance, chain: ChainReader): Promise<Outcome> {
  const sum = record.split.reduce((total, entry) => total + entry.bps, 0);
  if (sum !== TOTAL_BPS) return fail(`the record's split sums to ${sum} bps, not ${TOTAL_BPS}`, { sumBps: sum });
  const recordShares: Share[] = record.split.map((entry) => ({ account: entry.account, role: roleId(entry.role), bps: entry.bps }));
  const canonical = sharesOfRecord(record.split);
  const ordered = recordShares.every((share, index) => share.account === canonical[index]!.account && share.role === canonical[index]!.role);
  if (!ordered) return fail("the record's split is not in the contract's canonical order (by account, then role)", { record: record.split });
  for (let index = 1; index < canonical.length; index += 1) {
    if (canonical[index]!.account === canonical[index - 1]!.account && canonical[index]!.role === canonical[index - 1]!.role) {
      return fail(`the record's split names ${canonical[index]!.account} as ${record.split[index]!.role} twice`, { record: record.split });
    }
  }
  const [onChain, royalty] = await Promise.all([chain.sharesOf(tokenId), chain.royaltyInfo(tokenId, PROBE_SALE_PRICE)]);
  const details: Record<string, unknown> = { record: record.split, onChain, splitter: provenance.splitter };
  if (onChain.length !== recordShares.length) {
    return fail(`the record's split has ${recordShares.length} entries, the chain's has ${onChain.length}`, details);
  }
  for (let index = 0; index < onChain.length; index += 1) {
    const mine = recordShares[index]!;
    const theirs = onChain[index]!;
    if (mine.account !== theirs.account || mine.role.toLowerCase() !== theirs.role.toLowerCase() || mine.bps !== theirs.bps) {
      return fail(`split entry ${index} differs: the record has ${describe(mine)}, the chain has ${describe(theirs)}`, details);
    }
  }
  if (record.royaltyBps !== provenance.royaltyBps) {
    return fail(`the record's royalty is ${record.royaltyBps} bps, the chain's ${provenance.royaltyBps} bps`, details);
  }
  const derived = await chain.splitterFor(onChain);
  details.splitterFor = derived;
  details.royaltyReceiver = royalty.receiver;
  if (derived !== provenance.splitter) return fail(`splitterFor(split) is ${derived}, not the token's splitter ${provenance.splitter}`, details);
  if (royalty.receiver !== provenance.splitter) return fail(`royaltyInfo pays ${royalty.receiver}, not the split's splitter ${provenance.splitter}`, details);
  const expectedAmount = (PROBE_SALE_PRICE * BigInt(provenance.royaltyBps)) / 10_000n;
  if (royalty.amount !== expectedAmount) {
    return fail(`royaltyInfo asks ${royalty.amount} of ${PROBE_SALE_PRICE}, not the recorded ${provenance.royaltyBps} bps`, details);
  }
  return pass(
    `${onChain.length} shares summing to 10,000 bps match the chain; royalties of ${provenance.royaltyBps / 100}% go to the split's splitter ${provenance.splitter}`,
    details,
  );
}
