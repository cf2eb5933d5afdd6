import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ChainError } from "@/lib/chain/chain-error";
import { readDeployment } from "@/lib/chain/read-deployment";
import { makeDataDir } from "./chain-test-helpers";

const VALID = {
  chainId: 31337,
  deployer: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",
  deployBlock: 1,
  deployedAt: "2027-01-15T08:00:00.000Z",
  contracts: {
    RoyaltySplitter: { address: "0x5fbdb2315678afecb367f032d93f642f64180aa3", txHash: `0x${"01".repeat(32)}`, blockNumber: 1, bytecodeHash: `0x${"a1".repeat(32)}` },
    Artwork: { address: "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512", txHash: `0x${"02".repeat(32)}`, blockNumber: 2, bytecodeHash: `0x${"a2".repeat(32)}` },
    AuctionHouse: { address: "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0", txHash: `0x${"03".repeat(32)}`, blockNumber: 3, bytecodeHash: `0x${"a3".repeat(32)}` },
  },
};

let dir: string;

beforeEach(() => {
  dir = makeDataDir("colophon-deployments-");
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function failureOf(chainId: number): Promise<ChainError> {
  const failure = await readDeployment(dir, chainId).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ChainError);
  return failure as ChainError;
}

describe("readDeployment", () => {
  test("default: reads <chainId>.json and checksums every address", async () => {
    fs.writeFileSync(path.join(dir, "31337.json"), JSON.stringify(VALID));
    const deployment = await readDeployment(dir, 31337);
    expect(deployment.deployer).toBe("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    expect(deployment.contracts.Artwork).toEqual({
      address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
      txHash: `0x${"02".repeat(32)}`,
      blockNumber: 2,
      bytecodeHash: `0x${"a2".repeat(32)}`,
    });
    expect(deployment.deployBlock).toBe(1);
  });

  test("error: a missing file is DEPLOYMENT_NOT_FOUND with the path and what to do", async () => {
    const error = await failureOf(11155111);
    const file = path.join(dir, "11155111.json");
    expect(error.code).toBe("DEPLOYMENT_NOT_FOUND");
    expect(error.message).toBe(
      `No contracts are recorded for chain 11155111: ${file} does not exist. Deploy them first (npm start does it for the local chain).`,
    );
    expect(error.details).toEqual({ path: file, chainId: 11155111 });
  });

  test("error: a file that is not JSON is DEPLOYMENT_INVALID", async () => {
    fs.writeFileSync(path.join(dir, "31337.json"), "{ not json");
    const error = await failureOf(31337);
    expect(error.code).toBe("DEPLOYMENT_INVALID");
    expect(error.message).toBe(`${path.join(dir, "31337.json")} is not valid JSON. Fix it or delete it to deploy again.`);
  });

  test("error: every field that does not match the schema is listed", async () => {
    const broken = structuredClone(VALID) as Record<string, unknown> & typeof VALID;
    broken.contracts.Artwork.address = "0x1234";
    delete (broken as Partial<typeof VALID>).deployBlock;
    fs.writeFileSync(path.join(dir, "31337.json"), JSON.stringify(broken));
    const error = await failureOf(31337);
    expect(error.code).toBe("DEPLOYMENT_INVALID");
    expect(error.details.issues).toEqual([
      { path: "deployBlock", message: "Invalid input: expected number, received undefined" },
      { path: "contracts.Artwork.address", message: "an EVM address" },
    ]);
  });

  test("error: a file whose chainId differs from its name is DEPLOYMENT_INVALID", async () => {
    fs.writeFileSync(path.join(dir, "1.json"), JSON.stringify(VALID));
    const error = await failureOf(1);
    expect(error.code).toBe("DEPLOYMENT_INVALID");
    expect(error.message).toBe(`${path.join(dir, "1.json")} records chain 31337, not 1. Each chain has its own file.`);
  });
});
