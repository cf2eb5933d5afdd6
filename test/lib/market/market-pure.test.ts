import fc from "fast-check";
import { Interface, type InterfaceAbi } from "ethers";
import { describe, expect, test, vi } from "vitest";
import auctionHouseArtifact from "@/artifacts/contracts/AuctionHouse.sol/AuctionHouse.json";
import royaltySplitterArtifact from "@/artifacts/contracts/RoyaltySplitter.sol/RoyaltySplitter.json";
import { auctionStateOf } from "@/lib/market/auction-state";
import { decodeRevert, findRevertData } from "@/lib/market/decode-revert";
import { describeAuctionRevert } from "@/lib/market/describe-auction-revert";
import { formatEth, parseEthInput, shortAddress } from "@/lib/market/format-amount";
import { memoizeBriefly } from "@/lib/market/memoize-briefly";
import { minimumBid } from "@/lib/market/minimum-bid";
import { splitterOwed } from "@/lib/market/splitter-owed";
import { marketClientAbis } from "@/lib/market/client-abis";
import { listingOwnerProblem } from "@/lib/market/listing-owner-problem";

const house = new Interface(auctionHouseArtifact.abi as InterfaceAbi);
const splitter = new Interface(royaltySplitterArtifact.abi as InterfaceAbi);
const ETH = 10n ** 18n;

describe("minimumBid", () => {
  test("default: the reserve before the first bid, then the bid plus 10%", () => {
    expect(minimumBid({ reserve: 5n * ETH, highestBid: null })).toBe(5n * ETH);
    expect(minimumBid({ reserve: 5n * ETH, highestBid: 10n * ETH })).toBe(11n * ETH);
  });

  test("behavior: at least one wei more when 10% rounds to zero", () => {
    expect(minimumBid({ reserve: 1n, highestBid: 9n })).toBe(10n);
    expect(minimumBid({ reserve: 1n, highestBid: 1n })).toBe(2n);
  });

  test("behavior: always above the current bid and never more than 10% (+1 wei) above it", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 96n) - 1n }), (bid) => {
        const next = minimumBid({ reserve: 1n, highestBid: bid });
        return next > bid && next <= bid + bid / 10n + 1n && next === bid + (bid / 10n === 0n ? 1n : bid / 10n);
      }),
    );
  });
});

describe("splitterOwed", () => {
  const shares = [
    { position: 0, account: "0xa", bps: 7000 },
    { position: 1, account: "0xb", bps: 2000 },
    { position: 2, account: "0xc", bps: 1000 },
  ];

  test("default: credit plus the floor share of undivided income, dust to the first entry", () => {
    expect(splitterOwed({ shares, credit: 0n, undistributed: 1001n, account: "0xa" })).toBe(700n + 1n);
    expect(splitterOwed({ shares, credit: 5n, undistributed: 1001n, account: "0xb" })).toBe(5n + 200n);
    expect(splitterOwed({ shares, credit: 0n, undistributed: 1001n, account: "0xc" })).toBe(100n);
    expect(splitterOwed({ shares, credit: 3n, undistributed: 0n, account: "0xc" })).toBe(3n);
    expect(splitterOwed({ shares, credit: 0n, undistributed: 1001n, account: "0xd" })).toBe(0n);
  });

  test("behavior: what the accounts are owed sums to the income exactly, for any split", () => {
    const split = fc
      .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 })
      .map((weights) => {
        const total = weights.reduce((a, b) => a + b, 0);
        const bps = weights.map((w) => Math.floor((w * 10_000) / total));
        bps[0]! += 10_000 - bps.reduce((a, b) => a + b, 0);
        return bps.map((b, i) => ({ position: i, account: `0x${i}`, bps: b }));
      })
      .filter((s) => s.every((e) => e.bps > 0));
    fc.assert(
      fc.property(split, fc.bigInt({ min: 0n, max: 10n ** 24n }), (entries, income) => {
        const owed = entries.reduce((sum, e) => sum + splitterOwed({ shares: entries, credit: 0n, undistributed: income, account: e.account }), 0n);
        return owed === income;
      }),
    );
  });
});

describe("auctionStateOf", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  test("default: open, live, ended, settled, canceled", () => {
    expect(auctionStateOf({ status: "ACTIVE", endTime: null }, now)).toBe("open");
    expect(auctionStateOf({ status: "ACTIVE", endTime: new Date("2026-11-26T12:00:01Z") }, now)).toBe("live");
    expect(auctionStateOf({ status: "ACTIVE", endTime: now }, now)).toBe("ended");
    expect(auctionStateOf({ status: "SETTLED", endTime: now }, now)).toBe("settled");
    expect(auctionStateOf({ status: "CANCELED", endTime: null }, now)).toBe("canceled");
  });
});

describe("formatEth / parseEthInput", () => {
  test("default: exact amounts without trailing zeros", () => {
    expect(formatEth(12_500_000_000_000_000n)).toBe("0.0125 ETH");
    expect(formatEth("2000000000000000000")).toBe("2 ETH");
    expect(formatEth(1n)).toBe("0.000000000000000001 ETH");
    expect(shortAddress("0x1234567890abcdef1234567890abcdef12345678")).toBe("0x1234…5678");
  });

  test("behavior: typed amounts become wei; anything else is refused", () => {
    expect(parseEthInput(" 0.25 ")).toBe(ETH / 4n);
    expect(parseEthInput(".5")).toBe(ETH / 2n);
    expect(parseEthInput("1")).toBe(ETH);
    for (const bad of ["", "0", "-1", "1e18", "abc", "0.1234567890123456789", "1,5"]) expect(parseEthInput(bad)).toBeNull();
  });
});

describe("decodeRevert / describeAuctionRevert", () => {
  const bidTooLow = house.encodeErrorResult("AuctionHouseBidTooLow", [3n, 11n * 10n ** 15n, 10n ** 16n]);

  test("default: a custom error from an ethers CALL_EXCEPTION is decoded and put in words", () => {
    const revert = decodeRevert({ code: "CALL_EXCEPTION", data: bidTooLow }, house);
    expect(revert?.name).toBe("AuctionHouseBidTooLow");
    expect(describeAuctionRevert(revert!.name, revert!.args)).toBe(
      "Your bid of 0.01 ETH is too low: bid at least 0.011 ETH (the current bid plus 10%).",
    );
  });

  test("behavior: revert data is found where wallets nest it", () => {
    expect(findRevertData({ error: { data: { data: bidTooLow } } })).toBe(bidTooLow);
    expect(findRevertData({ info: { error: { data: bidTooLow } } })).toBe(bidTooLow);
    expect(findRevertData({ cause: { error: { data: bidTooLow } } })).toBe(bidTooLow);
    expect(findRevertData(new Error("user rejected"))).toBeUndefined();
  });

  test("behavior: every AuctionHouse and RoyaltySplitter custom error has words of its own", () => {
    for (const iface of [house, splitter]) {
      iface.forEachError((fragment) => {
        // The contracts' own errors; inherited admin ones (Ownable...) never meet a bidder.
        if (!/^(AuctionHouse|RoyaltySplitter)/.test(fragment.name)) return;
        const args = fragment.inputs.map((input) => (input.type === "address" ? "0x000000000000000000000000000000000000dEaD" : input.type === "bytes" ? "0x" : 1n));
        const decoded = decodeRevert({ data: iface.encodeErrorResult(fragment, args) }, iface)!;
        const words = describeAuctionRevert(decoded.name, decoded.args);
        expect(words, fragment.name).not.toMatch(/^The contract refused/);
      });
    }
  });

  test("error: an unknown selector is not decoded, and an unnamed error is named with its arguments", () => {
    expect(decodeRevert({ data: "0xdeadbeef" }, house)).toBeNull();
    const decoded = decodeRevert({ data: house.encodeErrorResult("OwnableUnauthorizedAccount", ["0x000000000000000000000000000000000000dEaD"]) }, house)!;
    expect(describeAuctionRevert(decoded.name, decoded.args)).toBe(
      "The contract refused: OwnableUnauthorizedAccount(0x000000000000000000000000000000000000dEaD).",
    );
  });
});

describe("memoizeBriefly", () => {
  test("default: reads of the same key within the time share one promise; later ones read again", async () => {
    vi.useFakeTimers();
    try {
      const cached = memoizeBriefly<number>(1_000);
      let reads = 0;
      const read = async () => (reads += 1);
      const [a, b] = await Promise.all([cached("k", read), cached("k", read)]);
      expect([a, b, reads]).toEqual([1, 1, 1]);
      expect(await cached("other", read)).toBe(2);
      vi.advanceTimersByTime(1_001);
      expect(await cached("k", read)).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  test("error: a failed read is not kept", async () => {
    const cached = memoizeBriefly<string>(60_000);
    await expect(cached("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await Promise.resolve();
    expect(await cached("k", async () => "up")).toBe("up");
  });

  test("behavior: the oldest entries go beyond the size limit", async () => {
    const cached = memoizeBriefly<string>(60_000, 2);
    await cached("a", async () => "a1");
    await cached("b", async () => "b1");
    await cached("c", async () => "c1");
    expect(await cached("a", async () => "a2")).toBe("a2");
    expect(await cached("c", async () => "c2")).toBe("c1");
  });
});

describe("marketClientAbis", () => {
  test("behavior: the listing form can read a new auction's id from its receipt", () => {
    const client = new Interface(marketClientAbis().auctionHouse as InterfaceAbi);
    const topics = house.encodeEventLog("AuctionCreated", [
      7n,
      "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
      "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
      3n,
      10n ** 18n,
      86_400n,
      true,
    ]);
    const parsed = client.parseLog({ topics: topics.topics, data: topics.data });
    expect(parsed?.name).toBe("AuctionCreated");
    expect(parsed?.args.getValue("auctionId")).toBe(7n);
  });

  test("default: hands the browser no bytecode and only the named functions", () => {
    const { auctionHouse } = marketClientAbis();
    expect(auctionHouse.filter((f) => f.type === "function").map((f) => f.name).sort()).toEqual(
      ["createAuction", "minimumBid", "pendingWithdrawal", "placeBid", "settle", "withdraw"],
    );
    expect(auctionHouse.filter((f) => f.type === "event").map((f) => f.name)).toEqual(["AuctionCreated"]);
  });
});

describe("listingOwnerProblem", () => {
  const house = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
  const alice = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  const bob = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
  test("default: the owner may list, in any letter case", () => {
    expect(listingOwnerProblem({ tokenId: 3n, owner: alice, account: alice.toLowerCase(), auctionHouse: house })).toBeUndefined();
  });
  test("error: someone else's work, one already in escrow, and one that does not exist", () => {
    expect(listingOwnerProblem({ tokenId: 3n, owner: alice, account: bob, auctionHouse: house })).toBe(
      "You do not own work #3: its owner is 0x7099…79C8. Only the owner can list it",
    );
    expect(listingOwnerProblem({ tokenId: 3n, owner: house, account: alice, auctionHouse: house.toLowerCase() })).toBe("Work #3 is already at auction");
    expect(listingOwnerProblem({ tokenId: 9n, owner: null, account: alice, auctionHouse: house })).toBe("There is no work #9");
  });
});
