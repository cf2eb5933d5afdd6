import { constants as fsConstants } from "node:fs";
import { mkdir, open, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ChainError } from "./chain-error";

const hash32Schema = z.string().regex(/^0x[0-9a-f]{64}$/, "a 0x-prefixed 32-byte hex hash");

/** First line of the journal: what a replay must recreate before the first request. */
export const journalHeaderSchema = z.object({
  type: z.literal("header"),
  /** Format version of this file; bumped on any incompatible change. */
  version: z.literal(1),
  chainId: z.number().int().positive(),
  /** Hardfork the chain was created with, so a Hardhat upgrade cannot silently change it. */
  hardfork: z.string().min(1),
  /** Genesis block timestamp, unix seconds; the genesis hash depends on it. */
  genesisTimestamp: z.number().int().nonnegative(),
  /** Genesis block hash, checked after recreating the network. */
  genesisHash: hash32Schema,
  /** Chain clock minus wall clock, seconds, right after genesis. */
  timeOffset: z.number().int(),
  /** Wall-clock time the chain was created (ISO 8601). */
  createdAt: z.string(),
  /** Hardhat version that wrote the journal, to explain a replay divergence after upgrades. */
  hardhatVersion: z.string(),
});

export type JournalHeader = z.infer<typeof journalHeaderSchema>;

/** Head of the chain after a request: replay compares its own head with it. */
export const journalHeadSchema = z.object({
  number: z.number().int().nonnegative(),
  hash: hash32Schema,
  /** Block timestamp, unix seconds. */
  timestamp: z.number().int().nonnegative(),
});

export type JournalHead = z.infer<typeof journalHeadSchema>;

/** One state-changing JSON-RPC request the node accepted, with what it did to the chain. */
export const journalEntrySchema = z.object({
  type: z.literal("request"),
  /** 1, 2, 3, ... with no gaps, so a lost or duplicated line is detected. */
  seq: z.number().int().positive(),
  /** Wall-clock time the node accepted the request (ISO 8601). */
  at: z.string(),
  method: z.string().min(1),
  /**
   * Params to send on replay. For eth_sendTransaction these are the fields of the mined
   * transaction (nonce, gas, fees), so replay does not depend on gas estimation or on the
   * clock at the time of the original request.
   */
  params: z.array(z.unknown()),
  /** "error" for requests that failed but still changed the chain (a mined revert). */
  outcome: z.enum(["ok", "error"]),
  /** The JSON-RPC result, kept for requests whose result replay must reproduce. */
  result: z.unknown().optional(),
  /** Error message of a failed request. */
  error: z.string().optional(),
  /** Hash of the transaction the request created, for sends (also reverted ones). */
  txHash: hash32Schema.optional(),
  /** Blocks the request sealed (0 for time, balance or snapshot changes). */
  blocksMined: z.number().int().nonnegative(),
  /** Timestamp of the first block it sealed, unix seconds; replay pins it. */
  firstBlockTimestamp: z.number().int().nonnegative().optional(),
  /** Chain head after the request. */
  head: journalHeadSchema,
  /** Chain clock minus wall clock after the request, seconds (evm_increaseTime moves it). */
  timeOffset: z.number().int(),
});

export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** What {@link ChainJournal.append} takes: the journal numbers and tags the entry itself. */
export type JournalEntryInput = Omit<JournalEntry, "type" | "seq">;

export type ChainJournal = {
  /** Absolute path of the journal file. */
  readonly path: string;
  /** Header read from disk, or undefined for a new (or never completed) journal. */
  readonly header: JournalHeader | undefined;
  /** Entries read from disk at open, in order. */
  readonly entries: readonly JournalEntry[];
  /** Bytes of a torn last line (a crash mid-write) that were cut off at open; 0 if none. */
  readonly truncatedBytes: number;
  /** Writes the header of a new journal (fsync'ed). */
  writeHeader(header: JournalHeader): Promise<void>;
  /** Appends one entry and fsyncs it before resolving; returns the entry as written. */
  append(entry: JournalEntryInput): Promise<JournalEntry>;
  /** Releases the file handle; later appends fail. */
  close(): Promise<void>;
};

/**
 * Opens (or creates) the write-ahead journal of the local chain: newline-delimited JSON,
 * a header line then one line per accepted state-changing request.
 *
 * A crash while appending can leave a last line without its newline. Such a torn tail is
 * cut off and reported in `truncatedBytes`: the request it described never got its
 * response, so dropping it loses nothing a client was promised. An unreadable line before
 * the last newline is real damage and fails with `JOURNAL_CORRUPT`.
 */
export async function openChainJournal(journalPath: string): Promise<ChainJournal> {
  const absolutePath = path.resolve(journalPath);
  await mkdir(path.dirname(absolutePath), { recursive: true });
  const handle = await open(
    absolutePath,
    fsConstants.O_RDWR | fsConstants.O_CREAT | fsConstants.O_APPEND,
    0o600,
  );
  try {
    // A just-created file must survive a power loss too: sync its directory entry.
    await syncDirectory(path.dirname(absolutePath));
    const contents = await handle.readFile();
    const lastNewline = contents.lastIndexOf(0x0a);
    const completeLength = lastNewline + 1;
    const truncatedBytes = contents.length - completeLength;
    if (truncatedBytes > 0) {
      await handle.truncate(completeLength);
      await handle.sync();
    }
    const { header, entries } = parseJournal(contents.subarray(0, completeLength), absolutePath);
    return createJournalHandle({ handle, path: absolutePath, header, entries, truncatedBytes });
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function parseJournal(
  contents: Buffer,
  journalPath: string,
): { header: JournalHeader | undefined; entries: JournalEntry[] } {
  const lines = contents.toString("utf8").split("\n");
  lines.pop(); // the empty string after the final newline
  if (lines.length === 0) return { header: undefined, entries: [] };
  const header = parseLine(lines[0]!, 1, journalHeaderSchema, journalPath);
  const entries: JournalEntry[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const entry = parseLine(lines[index]!, index + 1, journalEntrySchema, journalPath);
    if (entry.seq !== index) {
      throw new ChainError({
        code: "JOURNAL_CORRUPT",
        message: `Chain journal ${journalPath} line ${index + 1} has seq ${entry.seq}, expected ${index}: lines were lost or duplicated. Move the file away to start a fresh chain.`,
        details: { path: journalPath, line: index + 1, seq: entry.seq, expected: index },
      });
    }
    entries.push(entry);
  }
  return { header, entries };
}

function parseLine<T>(line: string, lineNumber: number, schema: z.ZodType<T>, journalPath: string): T {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (cause) {
    throw new ChainError({
      code: "JOURNAL_CORRUPT",
      message: `Chain journal ${journalPath} line ${lineNumber} is not valid JSON. Only a torn last line is repaired automatically; move the file away to start a fresh chain.`,
      details: { path: journalPath, line: lineNumber },
      cause,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ChainError({
      code: "JOURNAL_CORRUPT",
      message: `Chain journal ${journalPath} line ${lineNumber} does not match the journal format: ${z.prettifyError(parsed.error)}`,
      details: { path: journalPath, line: lineNumber },
      cause: parsed.error,
    });
  }
  return parsed.data;
}

function createJournalHandle({
  handle,
  path: journalPath,
  header: initialHeader,
  entries,
  truncatedBytes,
}: {
  handle: FileHandle;
  path: string;
  header: JournalHeader | undefined;
  entries: JournalEntry[];
  truncatedBytes: number;
}): ChainJournal {
  let header = initialHeader;
  let lastSeq = entries.length;
  let closed = false;
  // Appends are chained so that lines never interleave even if a caller forgets to await.
  let tail: Promise<unknown> = Promise.resolve();

  const writeLine = (value: unknown): Promise<void> => {
    const next = tail.then(async () => {
      if (closed) throw new Error(`Chain journal ${journalPath} is closed`);
      // One write of the whole line: a crash can only leave a prefix of it, which the
      // next open recognises as a torn tail because it lacks the newline.
      await handle.appendFile(`${JSON.stringify(value)}\n`);
      await handle.datasync();
    });
    tail = next.catch(() => undefined);
    return next;
  };

  return {
    path: journalPath,
    get header() {
      return header;
    },
    entries,
    truncatedBytes,
    async writeHeader(newHeader) {
      if (header !== undefined) throw new Error(`Chain journal ${journalPath} already has a header`);
      const parsed = journalHeaderSchema.parse(newHeader);
      await writeLine(parsed);
      header = parsed;
    },
    async append(input) {
      if (header === undefined) throw new Error(`Chain journal ${journalPath} has no header yet`);
      const entry = journalEntrySchema.parse({ type: "request", seq: lastSeq + 1, ...input });
      lastSeq += 1;
      await writeLine(entry);
      return entry;
    },
    async close() {
      if (closed) return;
      await tail;
      closed = true;
      await handle.close();
    },
  };
}

async function syncDirectory(directory: string): Promise<void> {
  const dirHandle = await open(directory, fsConstants.O_RDONLY);
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}
