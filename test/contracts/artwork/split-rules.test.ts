import fc from "fast-check";
import { getAddress, ZeroAddress } from "ethers";
import { beforeAll, describe, expect, test } from "vitest";
import { roleId, sortShares } from "@/lib/contracts/mint-request";
import { findSplitIssues } from "@/lib/provenance/validate-split";
import { deployProtocol, findRevertData, type Protocol } from "../fixtures";

// The server's split rules (lib/provenance/validate-split.ts) against the contract's own:
// Artwork.splitterFor runs SplitCodec.validateAndPack, the exact check Artwork.mint makes.
// For any split the server accepts, the contract accepts the sorted split; for any split it
// refuses, the contract reverts too (the server never refuses a split the contract takes).

let p: Protocol;

beforeAll(async () => {
  p = await deployProtocol();
});

/** Whether the contract accepts `split` once the server has sorted it, and the error name if not. */
async function contractVerdict(split: Array<{ account: string; role: string; bps: number }>): Promise<string | null> {
  const shares = sortShares(split.map((e) => ({ account: getAddress(e.account), role: roleId(e.role), bps: e.bps })));
  try {
    await p.artwork.getFunction("splitterFor")(shares);
    return null;
  } catch (error) {
    const data = findRevertData(error);
    if (data === undefined) throw error;
    return p.artwork.interface.parseError(data)?.name ?? data;
  }
}

const ACCOUNTS = [ZeroAddress, "0x0000000000000000000000000000000000000001", "0x1111111111111111111111111111111111111111", "0xffffffffffffffffffffffffffffffffffffffff"];
const ROLES = ["prompter", "trainer", "platform", "a"];

const entry = fc.record({
  account: fc.constantFrom(...ACCOUNTS),
  role: fc.constantFrom(...ROLES),
  // Mostly shares that can add up to 10,000, sometimes 0 or a large one.
  bps: fc.oneof(fc.constantFrom(0, 1, 2500, 5000, 7500, 9999, 10_000, 65_535), fc.integer({ min: 1, max: 10_000 })),
});

describe("server split rules match Artwork's", () => {
  test("behavior: each of the contract's errors has a server rule", async () => {
    const A = ACCOUNTS[2]!;
    const cases: Array<[Array<{ account: string; role: string; bps: number }>, string]> = [
      [[], "ArtworkSplitLength"],
      [Array.from({ length: 9 }, (_, i) => ({ account: A, role: `r${i}`, bps: i === 0 ? 2000 : 1000 })), "ArtworkSplitLength"],
      [[{ account: ZeroAddress, role: "prompter", bps: 10_000 }], "ArtworkShareInvalid"],
      [[{ account: A, role: "prompter", bps: 10_000 }, { account: A, role: "trainer", bps: 0 }], "ArtworkShareInvalid"],
      [[{ account: A, role: "prompter", bps: 5000 }, { account: A, role: "prompter", bps: 5000 }], "ArtworkSplitUnsorted"],
      [[{ account: A, role: "prompter", bps: 9000 }], "ArtworkSplitSum"],
    ];
    for (const [split, error] of cases) {
      expect(await contractVerdict(split)).toBe(error);
      expect(findSplitIssues(split).length).toBeGreaterThan(0);
    }
  });

  test("behavior: what the server accepts the contract accepts, and what it refuses the contract refuses", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 0, maxLength: 10 }), async (split) => {
        // A valid split is rare among random ones: half the time, make the shares add up.
        const verdict = await contractVerdict(split.filter((e) => e.bps <= 65_535));
        const issues = findSplitIssues(split.filter((e) => e.bps <= 65_535));
        expect(issues.length === 0).toBe(verdict === null);
      }),
      { numRuns: 150, seed: 20261208, verbose: true },
    );
    // And splits built to sum to 10,000: the common case.
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(fc.constantFrom(...ACCOUNTS), fc.constantFrom(...ROLES)), { minLength: 1, maxLength: 9, selector: ([a, r]) => `${a}/${r}` }), async (keys) => {
        const each = Math.floor(10_000 / keys.length);
        const split = keys.map(([account, role], i) => ({ account, role, bps: i === 0 ? 10_000 - each * (keys.length - 1) : each }));
        expect(findSplitIssues(split).length === 0).toBe((await contractVerdict(split)) === null);
      }),
      { numRuns: 100, seed: 20261209 },
    );
  });
});
