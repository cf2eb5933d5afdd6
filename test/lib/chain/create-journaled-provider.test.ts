import { describe, expect, test } from "vitest";
import type { ChainJournal, JournalEntry, JournalEntryInput } from "@/lib/chain/chain-journal";
import { createHardhatNetwork } from "@/lib/chain/create-hardhat-network";
import { createJournaledProvider } from "@/lib/chain/create-journaled-provider";
import { readChainHead } from "@/lib/chain/read-chain-head";

const ACCOUNT_0 = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const ACCOUNT_1 = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

/** An in-memory journal whose appends can be made to fail, like a full disk. */
function memoryJournal(failAppends = false): ChainJournal & { written: JournalEntry[] } {
  const written: JournalEntry[] = [];
  return {
    path: "/memory/journal.ndjson",
    header: undefined,
    entries: [],
    truncatedBytes: 0,
    written,
    async writeHeader() {},
    async append(input: JournalEntryInput) {
      if (failAppends) throw new Error("ENOSPC: no space left on device, write");
      const entry: JournalEntry = { type: "request", seq: written.length + 1, ...input };
      written.push(entry);
      return entry;
    },
    async close() {},
  };
}

async function network() {
  const { provider } = await createHardhatNetwork({ genesisTimestamp: 1_800_000_000 });
  return provider;
}

describe("createJournaledProvider", () => {
  test("default: a transfer is journaled with its replay params, tx hash, block and head", async () => {
    const inner = await network();
    const journal = memoryJournal();
    const provider = createJournaledProvider({ inner, journal });
    provider.open(await readChainHead(inner));

    const hash = await provider.request({ method: "eth_sendTransaction", params: [{ from: ACCOUNT_0, to: ACCOUNT_1, value: "0x5" }] });
    const head = await readChainHead(inner);
    expect(journal.written).toHaveLength(1);
    expect(journal.written[0]).toMatchObject({
      seq: 1,
      method: "eth_sendTransaction",
      outcome: "ok",
      result: hash,
      txHash: hash,
      blocksMined: 1,
      firstBlockTimestamp: head.timestamp,
      head,
    });
    // Replay sends every field explicitly, so it never depends on gas estimation.
    expect(journal.written[0]!.params).toEqual([
      {
        from: ACCOUNT_0,
        to: ACCOUNT_1,
        value: "0x5",
        gas: "0x1000000",
        nonce: "0x0",
        data: "0x",
        maxFeePerGas: "0xa3e9ab80",
        maxPriorityFeePerGas: "0x3b9aca00",
        accessList: [],
      },
    ]);
    // Reads are not journaled.
    await provider.request({ method: "eth_getBalance", params: [ACCOUNT_1, "latest"] });
    expect(journal.written).toHaveLength(1);
  });

  test("behavior: requests wait until the provider is opened (the replay has finished)", async () => {
    const inner = await network();
    const provider = createJournaledProvider({ inner, journal: memoryJournal() });
    let answered = false;
    const pending = provider.request({ method: "eth_blockNumber" }).then((result) => {
      answered = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    provider.open(await readChainHead(inner));
    expect(await pending).toBe("0x0");
  });

  test("error: a failed replay fails the requests that were waiting for it", async () => {
    const inner = await network();
    const provider = createJournaledProvider({ inner, journal: memoryJournal() });
    const pending = provider.request({ method: "eth_blockNumber" });
    provider.fail(new Error("replay diverged"));
    await expect(pending).rejects.toThrow("replay diverged");
    await expect(provider.request({ method: "eth_chainId" })).rejects.toThrow("replay diverged");
  });

  test("error: when the journal cannot be written the node refuses everything after", async () => {
    const inner = await network();
    const provider = createJournaledProvider({ inner, journal: memoryJournal(true) });
    provider.open(await readChainHead(inner));

    const message =
      "JOURNAL_WRITE_FAILED: the local chain could not journal eth_sendTransaction (ENOSPC: no space left on device, write); it refuses requests until restarted, and that request is not kept";
    await expect(
      provider.request({ method: "eth_sendTransaction", params: [{ from: ACCOUNT_0, to: ACCOUNT_1, value: "0x5" }] }),
    ).rejects.toMatchObject({ code: -32603, message });
    await expect(provider.request({ method: "eth_blockNumber" })).rejects.toMatchObject({ code: -32603, message });
  });

  test("error: requests after close are refused", async () => {
    const inner = await network();
    const provider = createJournaledProvider({ inner, journal: memoryJournal() });
    provider.open(await readChainHead(inner));
    await provider.close();
    await expect(provider.request({ method: "eth_blockNumber" })).rejects.toMatchObject({
      code: -32603,
      message: "The local chain node is shutting down",
    });
    // Hardhat's WebSocket handler unsubscribes on socket close without catching; that
    // must never reject, or a client closing its socket during a stop crashes the node.
    await expect(provider.request({ method: "eth_unsubscribe", params: ["0x1"] })).resolves.toBe(false);
  });
});
