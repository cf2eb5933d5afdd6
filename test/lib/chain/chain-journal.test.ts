import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ChainError } from "@/lib/chain/chain-error";
import { openChainJournal, type JournalEntryInput, type JournalHeader } from "@/lib/chain/chain-journal";
import { makeDataDir } from "./chain-test-helpers";

const HEADER: JournalHeader = {
  type: "header",
  version: 1,
  chainId: 31337,
  hardfork: "osaka",
  genesisTimestamp: 1_800_000_000,
  genesisHash: `0x${"11".repeat(32)}`,
  timeOffset: 0,
  createdAt: "2027-01-15T08:00:00.000Z",
  hardhatVersion: "2.29.1",
};

function entry(blockNumber: number): JournalEntryInput {
  return {
    at: "2027-01-15T08:00:01.000Z",
    method: "evm_mine",
    params: [],
    outcome: "ok",
    result: "0x0",
    blocksMined: 1,
    firstBlockTimestamp: 1_800_000_000 + blockNumber,
    head: { number: blockNumber, hash: `0x${blockNumber.toString(16).padStart(64, "0")}`, timestamp: 1_800_000_000 + blockNumber },
    timeOffset: 0,
  };
}

let dir: string;
let file: string;

beforeEach(() => {
  dir = makeDataDir("colophon-journal-");
  file = path.join(dir, "chain", "journal.ndjson");
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function corruptionOf(contents: string): Promise<ChainError> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, contents);
  const failure = await openChainJournal(file).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ChainError);
  expect((failure as ChainError).code).toBe("JOURNAL_CORRUPT");
  return failure as ChainError;
}

describe("openChainJournal", () => {
  test("default: a new journal is empty; header and entries written are read back in order", async () => {
    const journal = await openChainJournal(file);
    expect(journal.header).toBeUndefined();
    expect(journal.entries).toEqual([]);
    expect(journal.truncatedBytes).toBe(0);
    await journal.writeHeader(HEADER);
    const first = await journal.append(entry(1));
    const second = await journal.append(entry(2));
    expect([first.seq, second.seq]).toEqual([1, 2]);
    await journal.close();

    const reopened = await openChainJournal(file);
    expect(reopened.header).toEqual(HEADER);
    expect(reopened.entries).toEqual([
      { type: "request", seq: 1, ...entry(1) },
      { type: "request", seq: 2, ...entry(2) },
    ]);
    // Appending after a reopen continues the sequence.
    expect((await reopened.append(entry(3))).seq).toBe(3);
    await reopened.close();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  test("behavior: a torn last line is cut off at the last newline and its size reported", async () => {
    const journal = await openChainJournal(file);
    await journal.writeHeader(HEADER);
    await journal.append(entry(1));
    await journal.close();
    const complete = fs.readFileSync(file, "utf8");
    const torn = JSON.stringify({ type: "request", ...entry(2), seq: 2 }).slice(0, 57);
    fs.appendFileSync(file, torn);

    const reopened = await openChainJournal(file);
    expect(reopened.truncatedBytes).toBe(57);
    expect(reopened.entries.map((e) => e.seq)).toEqual([1]);
    expect(fs.readFileSync(file, "utf8")).toBe(complete);
    await reopened.append(entry(2));
    await reopened.close();
    expect(fs.readFileSync(file, "utf8").split("\n").filter(Boolean)).toHaveLength(3);
  });

  test("behavior: a header torn by a crash during the first write leaves a new, empty journal", async () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(HEADER).slice(0, 40));
    const journal = await openChainJournal(file);
    expect(journal.header).toBeUndefined();
    expect(journal.truncatedBytes).toBe(40);
    expect(fs.readFileSync(file, "utf8")).toBe("");
    await journal.close();
  });

  test("error: an unreadable line before the last newline is damage, not a torn write", async () => {
    const error = await corruptionOf(`${JSON.stringify(HEADER)}\n{"type":"requ\n${JSON.stringify({ type: "request", seq: 2, ...entry(2) })}\n`);
    expect(error.message).toBe(
      `Chain journal ${file} line 2 is not valid JSON. Only a torn last line is repaired automatically; move the file away to start a fresh chain.`,
    );
    expect(error.details).toEqual({ path: file, line: 2 });
  });

  test("error: a gap in the sequence numbers is reported with the line", async () => {
    const error = await corruptionOf(
      `${JSON.stringify(HEADER)}\n${JSON.stringify({ type: "request", seq: 1, ...entry(1) })}\n${JSON.stringify({ type: "request", seq: 3, ...entry(3) })}\n`,
    );
    expect(error.message).toBe(
      `Chain journal ${file} line 3 has seq 3, expected 2: lines were lost or duplicated. Move the file away to start a fresh chain.`,
    );
  });

  test("error: JSON that is not a journal line names the line and the field", async () => {
    const error = await corruptionOf(`${JSON.stringify({ ...HEADER, genesisHash: "0x12" })}\n`);
    expect(error.message).toBe(
      `Chain journal ${file} line 1 does not match the journal format: ✖ a 0x-prefixed 32-byte hex hash\n  → at genesisHash`,
    );
  });

  test("error: appending before the header, or a second header, is a programming error", async () => {
    const journal = await openChainJournal(file);
    await expect(journal.append(entry(1))).rejects.toThrow(`Chain journal ${file} has no header yet`);
    await journal.writeHeader(HEADER);
    await expect(journal.writeHeader(HEADER)).rejects.toThrow(`Chain journal ${file} already has a header`);
    await journal.close();
  });
});
