import type { EventEmitter } from "node:events";
import { mkdir } from "node:fs/promises";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { JsonRpcServer } from "hardhat/internal/hardhat-network/jsonrpc/server";
import type { EIP1193Provider } from "hardhat/types";
import { acquireChainLock, type ChainLock } from "./acquire-chain-lock";
import { ChainError } from "./chain-error";
import { openChainJournal, type ChainJournal } from "./chain-journal";
import { createHardhatNetwork } from "./create-hardhat-network";
import { createJournaledProvider, type JournaledProvider } from "./create-journaled-provider";
import { JOURNAL_FILE_NAME, LOCAL_CHAIN_ID, LOCK_FILE_NAME } from "./local-chain-constants";
import { readChainHead, readTimeOffset } from "./read-chain-head";
import { replayChainJournal } from "./replay-chain-journal";

export type StartLocalChainParameters = {
  /** Data directory of the embedded stack; the chain lives in `<dataDir>/chain/`. */
  dataDir: string;
  /** Loopback address to listen on. The dev keys are public, so nothing else is allowed. */
  host?: string;
  /** TCP port for JSON-RPC over HTTP and WebSocket; 0 picks a free one. */
  port: number;
};

export type LocalChainReplay = {
  /** Journal entries replayed at start (0 for a new chain). */
  entries: number;
  /** Blocks the replay sealed. */
  blocks: number;
  /** Replay time, milliseconds. */
  durationMs: number;
  /** Bytes of a torn last journal line cut off at start; 0 if the last stop was clean. */
  truncatedBytes: number;
  /** Seconds added to the clock so chain time keeps its offset to wall-clock time. */
  clockAdjustedBy: number;
};

export type LocalChain = {
  /** `http://<host>:<port>`; the same port also accepts WebSocket connections. */
  rpcUrl: string;
  host: string;
  port: number;
  chainId: number;
  /** Addresses of the unlocked dev accounts, in mnemonic order. */
  accounts: readonly string[];
  /** Block number when the node became ready. */
  blockNumber: number;
  /** True when this start created the chain, false when it restored one. */
  created: boolean;
  journalPath: string;
  replay: LocalChainReplay;
  /** The journaled provider itself, for in-process callers; the HTTP server uses it too. */
  provider: EIP1193Provider;
  /** Stops serving, waits for the request being journaled and releases the data dir. */
  stop(): Promise<void>;
};

/** Journal format version written by this code. */
const JOURNAL_VERSION = 1;

/**
 * Starts Hardhat Network (chain id 31337, the 20 public dev accounts with 10,000 ETH) on
 * loopback and keeps its state across restarts.
 *
 * Hardhat Network lives in memory only. Every state-changing request it accepts is
 * appended to `<dataDir>/chain/journal.ndjson` and fsync'ed before the response goes back;
 * a start replays the journal on a fresh network with each block pinned to its original
 * timestamp, checks every block hash against the journal, and then moves the clock on so
 * chain time continues from wall-clock time. A stop, SIGTERM or SIGKILL loses nothing a
 * client got a response for.
 *
 * The port is bound before the replay so that a taken port fails at once
 * (`PORT_IN_USE`); requests that arrive during the replay wait for it.
 */
export async function startLocalChain({
  dataDir,
  host = "127.0.0.1",
  port,
}: StartLocalChainParameters): Promise<LocalChain> {
  assertLoopback(host);
  const chainDir = path.resolve(dataDir, "chain");
  await mkdir(chainDir, { recursive: true, mode: 0o700 });

  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  let journaled: JournaledProvider | undefined;
  try {
    const lock: ChainLock = await acquireChainLock(path.join(chainDir, LOCK_FILE_NAME));
    cleanups.push(() => lock.release());

    const journal: ChainJournal = await openChainJournal(path.join(chainDir, JOURNAL_FILE_NAME));
    cleanups.push(() => journal.close());
    const header = journal.header;
    if (header !== undefined && header.chainId !== LOCAL_CHAIN_ID) {
      throw new ChainError({
        code: "JOURNAL_INCOMPATIBLE",
        message: `Chain journal ${journal.path} belongs to chain ${header.chainId}, not ${LOCAL_CHAIN_ID}. Move ${chainDir} away to start a fresh chain.`,
        details: { path: journal.path, chainId: header.chainId },
      });
    }

    const { provider: inner, hardfork } = await createHardhatNetwork({
      genesisTimestamp: header?.genesisTimestamp ?? Math.floor(Date.now() / 1000),
      hardfork: header?.hardfork,
    });
    journaled = createJournaledProvider({ inner, journal });
    cleanups.push(() => journaled!.close());

    const server = new JsonRpcServer({ hostname: host, port, provider: journaled });
    const boundPort = await listen(server, host, port);
    cleanups.push(() => server.close());

    let replay: LocalChainReplay;
    let created: boolean;
    if (header === undefined) {
      created = true;
      const genesis = await readChainHead(inner);
      await journal.writeHeader({
        type: "header",
        version: JOURNAL_VERSION,
        chainId: LOCAL_CHAIN_ID,
        hardfork,
        genesisTimestamp: genesis.timestamp,
        genesisHash: genesis.hash,
        timeOffset: await readTimeOffset(inner),
        createdAt: new Date().toISOString(),
        hardhatVersion: hardhatVersion(),
      });
      replay = { entries: 0, blocks: 0, durationMs: 0, truncatedBytes: journal.truncatedBytes, clockAdjustedBy: 0 };
    } else {
      created = false;
      const genesis = await readChainHead(inner, "0x0");
      if (genesis.hash !== header.genesisHash) {
        throw new ChainError({
          code: "REPLAY_DIVERGED",
          message: `The recreated genesis block differs from the one in ${journal.path} (written by Hardhat ${header.hardhatVersion}). Move ${chainDir} away to start a fresh chain.`,
          details: { expected: header.genesisHash, actual: genesis.hash },
        });
      }
      const result = await replayChainJournal({ provider: inner, header, entries: journal.entries });
      replay = {
        entries: result.entries,
        blocks: result.blocks,
        durationMs: result.durationMs,
        truncatedBytes: journal.truncatedBytes,
        clockAdjustedBy: result.clockAdjustedBy,
      };
    }

    const head = await readChainHead(inner);
    journaled.open(head);
    const accounts = (await inner.request({ method: "eth_accounts" })) as string[];

    let stopping: Promise<void> | undefined;
    return {
      rpcUrl: `http://${host.includes(":") ? `[${host}]` : host}:${boundPort}`,
      host,
      port: boundPort,
      chainId: LOCAL_CHAIN_ID,
      accounts,
      blockNumber: head.number,
      created,
      journalPath: journal.path,
      replay,
      provider: journaled,
      stop() {
        stopping ??= cleanUp();
        return stopping;
      },
    };
  } catch (error) {
    journaled?.fail(error instanceof Error ? error : new Error(String(error)));
    await cleanUp();
    throw error;
  }
}

function assertLoopback(host: string): void {
  const loopback = host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  if (!loopback) {
    throw new ChainError({
      code: "NON_LOOPBACK_HOST",
      message: `The local chain only listens on loopback (127.0.0.1, ::1 or localhost), not ${host}: its accounts are unlocked with publicly known keys.`,
      details: { host },
    });
  }
}

/**
 * Binds the server, turning "address in use" into a `PORT_IN_USE` error. JsonRpcServer's
 * own `listen()` never settles on a bind error, and both its HTTP and its WebSocket server
 * emit the error, so both get a listener.
 */
async function listen(server: JsonRpcServer, host: string, port: number): Promise<number> {
  const internals = server as unknown as { _httpServer?: Server; _wsServer?: EventEmitter };
  const emitters = [internals._httpServer, internals._wsServer].filter(
    (emitter): emitter is Server | EventEmitter => emitter !== undefined,
  );
  if (emitters.length !== 2) {
    throw new Error("hardhat's JsonRpcServer no longer has _httpServer/_wsServer; update lib/chain/start-local-chain.ts");
  }
  let onError: (error: NodeJS.ErrnoException) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    onError = (error) => reject(error);
    for (const emitter of emitters) emitter.on("error", onError);
  });
  try {
    const address = await Promise.race([server.listen(), failed]);
    for (const emitter of emitters) emitter.off("error", onError);
    return address.port;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new ChainError({
        code: "PORT_IN_USE",
        message: `Port ${port} on ${host} is already in use, so the local chain cannot listen there. Stop the process that holds it, or pick another port with CHAIN_PORT.`,
        details: { host, port },
        cause: error,
      });
    }
    // Anything else (EACCES for a privileged port, EADDRNOTAVAIL) already names the address.
    throw error;
  }
}

function hardhatVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("hardhat/package.json") as { version: string }).version;
}
