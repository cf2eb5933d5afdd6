import { royaltySplitterInterface } from "@/lib/contracts/contract-interfaces";

/** Topics of the splitter events: splitter clones are many, so their logs are found by topic. */
export const SPLITTER_TOPICS: readonly string[] = [
  royaltySplitterInterface.getEvent("RoyaltySplitterDistributed")!.topicHash,
  royaltySplitterInterface.getEvent("RoyaltySplitterWithdrawn")!.topicHash,
];

/** Asset id of ETH in splitter events (`token` argument). */
export const ETH_TOKEN = "0x0000000000000000000000000000000000000000";
