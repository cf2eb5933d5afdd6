import { HDNodeWallet, ZeroAddress } from "ethers";
import { describe, expect, test } from "vitest";
import { DEV_ACCOUNT_ADDRESSES, devAccountRefusal, isDevAccount } from "@/lib/chain/dev-accounts";
import { DEV_ACCOUNT_COUNT, DEV_MNEMONIC, LOCAL_CHAIN_ID } from "@/lib/chain/local-chain-constants";
import { findMintTermIssues, findSplitIssues } from "@/lib/provenance/validate-split";

const A = "0x1111111111111111111111111111111111111111";
const B = "0x2222222222222222222222222222222222222222";
const C = "0x3333333333333333333333333333333333333333";
const DEV = DEV_ACCOUNT_ADDRESSES[0]!;

describe("findSplitIssues", () => {
  test("default: a split the contract takes has no issues", () => {
    expect(findSplitIssues([{ account: A, role: "prompter", bps: 7000 }, { account: B, role: "trainer", bps: 3000 }])).toEqual([]);
  });

  test("behavior: the order does not matter (the server sorts before minting)", () => {
    expect(findSplitIssues([{ account: B, role: "trainer", bps: 3000 }, { account: A, role: "prompter", bps: 7000 }])).toEqual([]);
  });

  test("behavior: one account may hold two roles", () => {
    expect(findSplitIssues([{ account: A, role: "prompter", bps: 5000 }, { account: A, role: "trainer", bps: 5000 }])).toEqual([]);
  });

  test("error: an empty split (ArtworkSplitLength)", () => {
    expect(findSplitIssues([])).toEqual([{ path: [], reason: "needs at least one entry" }]);
  });

  test("error: more than 8 entries (ArtworkSplitLength)", () => {
    const split = Array.from({ length: 9 }, (_, i) => ({ account: A, role: `r${i}`, bps: i === 0 ? 2000 : 1000 }));
    expect(findSplitIssues(split)).toEqual([{ path: [], reason: "has at most 8 entries" }]);
  });

  test("error: the zero address (ArtworkShareInvalid)", () => {
    const issues = findSplitIssues([{ account: A, role: "prompter", bps: 9000 }, { account: ZeroAddress, role: "curator", bps: 1000 }]);
    expect(issues).toEqual([{ path: [1, "account"], reason: expect.stringContaining("is the zero address") }]);
  });

  test("error: an empty role (ArtworkShareInvalid: role id 0)", () => {
    expect(findSplitIssues([{ account: A, role: "", bps: 10_000 }])).toEqual([{ path: [0, "role"], reason: "must not be empty" }]);
  });

  test("error: a role longer than a bytes32 holds", () => {
    expect(findSplitIssues([{ account: A, role: "r".repeat(32), bps: 10_000 }])).toEqual([
      { path: [0, "role"], reason: "must fit in 31 bytes (the contract stores it as a bytes32)" },
    ]);
  });

  test("error: a zero share (ArtworkShareInvalid)", () => {
    expect(findSplitIssues([{ account: A, role: "prompter", bps: 10_000 }, { account: B, role: "curator", bps: 0 }])).toEqual([
      { path: [1, "bps"], reason: "must be at least 1 basis point (leave the entry out instead)" },
    ]);
  });

  test("error: a fractional share", () => {
    expect(findSplitIssues([{ account: A, role: "prompter", bps: 9999.5 }, { account: B, role: "curator", bps: 0.5 }])[0]!.path).toEqual([0, "bps"]);
  });

  test("error: a share above 10,000", () => {
    expect(findSplitIssues([{ account: A, role: "prompter", bps: 70_000 }])).toEqual([{ path: [0, "bps"], reason: "must be at most 10000 basis points" }]);
  });

  test("error: the same account and role twice (ArtworkSplitUnsorted once sorted)", () => {
    const issues = findSplitIssues([{ account: A, role: "prompter", bps: 5000 }, { account: A.toUpperCase().replace("0X", "0x"), role: "prompter", bps: 5000 }]);
    expect(issues).toEqual([{ path: [1], reason: `${A} appears twice as prompter; merge the two entries` }]);
  });

  test("error: shares that do not sum to 10,000 (ArtworkSplitSum)", () => {
    expect(findSplitIssues([{ account: A, role: "prompter", bps: 9000 }])).toEqual([
      { path: [], reason: "shares sum to 9000 basis points (90%); they must sum to 10000 (100%)" },
    ]);
    expect(findSplitIssues([{ account: A, role: "prompter", bps: 9000 }, { account: B, role: "x", bps: 1001 }])[0]!.reason).toMatch(/sum to 10001/);
  });

  test("error: a public dev account off the local chain", () => {
    const split = [{ account: A, role: "prompter", bps: 8000 }, { account: DEV.toLowerCase(), role: "trainer", bps: 2000 }];
    expect(findSplitIssues(split, { chainId: 1 })).toEqual([{ path: [1, "account"], reason: expect.stringContaining("public Hardhat dev account") }]);
  });

  test("behavior: a dev account is fine on the local chain, and when no chain is named", () => {
    const split = [{ account: A, role: "prompter", bps: 8000 }, { account: DEV, role: "trainer", bps: 2000 }];
    expect(findSplitIssues(split, { chainId: LOCAL_CHAIN_ID })).toEqual([]);
    expect(findSplitIssues(split)).toEqual([]);
  });
});

describe("findMintTermIssues", () => {
  const split = [{ account: A, role: "prompter", bps: 10_000 }];

  test("default: valid terms", () => {
    expect(findMintTermIssues({ split, royaltyBps: 2500, trainer: C }, { chainId: 1 })).toEqual([]);
  });

  test("error: split issues are prefixed with split", () => {
    expect(findMintTermIssues({ split: [{ account: ZeroAddress, role: "prompter", bps: 10_000 }], royaltyBps: 0, trainer: C })[0]!.path).toEqual(["split", 0, "account"]);
  });

  test("error: a royalty above the contract's cap (ArtworkRoyaltyTooHigh)", () => {
    expect(findMintTermIssues({ split, royaltyBps: 2501, trainer: C })).toEqual([{ path: ["royaltyBps"], reason: expect.stringContaining("2500") }]);
  });

  test("error: a zero trainer (ArtworkEmptyField)", () => {
    expect(findMintTermIssues({ split, royaltyBps: 0, trainer: ZeroAddress })[0]!.path).toEqual(["trainer"]);
  });

  test("error: a dev-account trainer off the local chain", () => {
    expect(findMintTermIssues({ split, royaltyBps: 0, trainer: DEV }, { chainId: 11155111 })[0]!.path).toEqual(["trainer"]);
    expect(findMintTermIssues({ split, royaltyBps: 0, trainer: DEV }, { chainId: LOCAL_CHAIN_ID })).toEqual([]);
  });
});

describe("dev accounts", () => {
  test("default: the listed addresses are the public mnemonic's accounts", () => {
    const root = HDNodeWallet.fromPhrase(DEV_MNEMONIC, undefined, "m/44'/60'/0'/0");
    const derived = Array.from({ length: DEV_ACCOUNT_COUNT }, (_, i) => root.deriveChild(i).address);
    expect(DEV_ACCOUNT_ADDRESSES).toEqual(derived);
  });

  test("behavior: any spelling is recognised", () => {
    expect(isDevAccount(DEV.toLowerCase())).toBe(true);
    expect(isDevAccount(A)).toBe(false);
  });

  test("behavior: the key this repository once published counts as public too", () => {
    const published = "0x3eEf037d81837C4D72fce00a552CFF570Dd5a63a";
    expect(isDevAccount(published.toLowerCase())).toBe(true);
    expect(devAccountRefusal(published, 1)).toMatch(/former trainer, whose key this repository published/);
    expect(devAccountRefusal(published, LOCAL_CHAIN_ID)).toBeNull();
  });

  test("behavior: refused only off the local chain", () => {
    expect(devAccountRefusal(DEV, LOCAL_CHAIN_ID)).toBeNull();
    expect(devAccountRefusal(DEV, 1n)).toMatch(/only on the local dev chain \(id 31337\), not on chain 1$/);
    expect(devAccountRefusal(A, 1)).toBeNull();
  });
});
