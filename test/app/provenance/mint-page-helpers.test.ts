import { Interface } from "ethers";
import { describe, expect, test } from "vitest";
import { bpsToPercent, defaultSplit, percentToBps, splitSum } from "@/app/works/new/default-split";
import { decodeRevert, describeMintError } from "@/app/works/new/describe-mint-error";
import { ARTWORK_ABI } from "@/lib/provenance/server/artwork-abi";

const CONTRIBUTOR = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const TRAINER = "0x3eEf037d81837C4D72fce00a552CFF570Dd5a63a";
const PLATFORM = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

describe("defaultSplit", () => {
  test("default: prompter 70%, trainer 20% when the model sets no share, platform 10%", () => {
    const rows = defaultSplit({ contributor: CONTRIBUTOR.toLowerCase(), trainer: TRAINER, trainerShareBps: 0, platform: PLATFORM });
    expect(rows).toEqual([
      { account: CONTRIBUTOR, role: "prompter", bps: 7000 },
      { account: TRAINER, role: "trainer", bps: 2000 },
      { account: PLATFORM, role: "platform", bps: 1000 },
    ]);
    expect(splitSum(rows)).toBe(10_000);
  });

  test("behavior: the model's trainer share is used, and the prompter gets the rest", () => {
    expect(defaultSplit({ contributor: CONTRIBUTOR, trainer: TRAINER, trainerShareBps: 1500, platform: PLATFORM }).map((r) => r.bps)).toEqual([7500, 1500, 1000]);
  });

  test("behavior: without a platform account there is no platform share", () => {
    expect(defaultSplit({ contributor: CONTRIBUTOR, trainer: TRAINER, trainerShareBps: 0 })).toEqual([
      { account: CONTRIBUTOR, role: "prompter", bps: 8000 },
      { account: TRAINER, role: "trainer", bps: 2000 },
    ]);
  });

  test("behavior: a trainer share that leaves nothing for the prompter drops the prompter row and still sums to 100%", () => {
    const rows = defaultSplit({ contributor: CONTRIBUTOR, trainer: TRAINER, trainerShareBps: 10_000, platform: PLATFORM });
    expect(rows).toEqual([
      { account: TRAINER, role: "trainer", bps: 9000 },
      { account: PLATFORM, role: "platform", bps: 1000 },
    ]);
  });
});

describe("percentToBps / bpsToPercent", () => {
  test.each([
    ["70", 7000],
    ["12.5", 1250],
    ["0.01", 1],
    ["33.33%", 3333],
    [" 5 ", 500],
  ])("default: %s%% is %d bps", (text, bps) => {
    expect(percentToBps(text)).toBe(bps);
    expect(percentToBps(bpsToPercent(bps))).toBe(bps);
  });

  test.each(["", "abc", "1.234", "-5", "1e2"])("error: %j is not a percentage", (text) => {
    expect(percentToBps(text)).toBeNaN();
  });
});

describe("describeMintError", () => {
  const artwork = new Interface(ARTWORK_ABI);
  const revert = (name: string, args: unknown[]) => ({ code: "CALL_EXCEPTION", data: artwork.encodeErrorResult(name, args) });

  test.each([
    ["ArtworkSplitSum", [9000n], "The split sums to 90%, not 100%."],
    ["ArtworkRoyaltyTooHigh", [3000, 2500], "A royalty of 30% is above the contract's cap of 25%; lower it."],
    ["ArtworkNonceUsed", [5n], "This attestation was already used; sign the record again to get a fresh one."],
    [
      "ArtworkUnauthorizedAttestor",
      [PLATFORM],
      `The server's attestor ${PLATFORM} is not authorised on this Artwork contract; the operator has to authorise it.`,
    ],
    ["ArtworkSplitUnsorted", [1n], "Split entry 2 repeats or is out of order; prepare the record again."],
  ])("default: %s decodes to words", (name, args, words) => {
    expect(describeMintError(revert(name, args), ARTWORK_ABI)).toBe(words);
  });

  test("behavior: revert data nested the way wallets wrap it is found", () => {
    const nested = { code: "UNKNOWN_ERROR", error: { code: -32603, data: { data: artwork.encodeErrorResult("ArtworkSplitSum", [10n]) } } };
    expect(decodeRevert(nested, ARTWORK_ABI)).toEqual({ name: "ArtworkSplitSum", args: [10n] });
  });

  test("behavior: a declined request, missing gas money and anything else", () => {
    expect(describeMintError({ code: "ACTION_REJECTED" }, ARTWORK_ABI)).toBe("The mint was declined in the wallet.");
    expect(describeMintError({ code: "INSUFFICIENT_FUNDS" }, ARTWORK_ABI)).toBe("The account has too little ETH to pay for the mint's gas.");
    expect(describeMintError({ shortMessage: "network down" }, ARTWORK_ABI)).toBe("network down");
    expect(describeMintError(undefined, ARTWORK_ABI)).toBe("The mint failed.");
  });
});
