// Standalone local chain node: `tsx scripts/chain-node.ts --data-dir .colophon --port 8545`.
//
// Prints exactly one JSON line on stdout: {"event":"ready",...} once it serves requests,
// or {"event":"error",...} if it could not start (then exits 1). Human-readable notes go
// to stderr. SIGTERM and SIGINT stop it cleanly; with --exit-on-stdin-end it also stops
// when its parent closes stdin, so a crashed parent does not leave it holding the port.
import { parseArgs } from "node:util";
import { ChainError } from "../lib/chain/chain-error";
import { startLocalChain } from "../lib/chain/start-local-chain";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "8545" },
    "exit-on-stdin-end": { type: "boolean", default: false },
  },
});

function printLine(value: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

async function main(): Promise<void> {
  const dataDir = values["data-dir"];
  const port = Number(values.port);
  if (dataDir === undefined || !Number.isInteger(port) || port < 0 || port > 65_535) {
    printLine({ event: "error", code: "BAD_ARGUMENTS", message: "usage: chain-node --data-dir <dir> [--host 127.0.0.1] [--port 8545]" });
    process.exitCode = 1;
    return;
  }

  let chain;
  try {
    chain = await startLocalChain({ dataDir, host: values.host, port });
  } catch (error) {
    const code = error instanceof ChainError ? error.code : "CHAIN_NODE_FAILED";
    const message = error instanceof Error ? error.message : String(error);
    printLine({ event: "error", code, message });
    process.exitCode = 1;
    return;
  }

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`chain-node: stopping (${reason})\n`);
    try {
      await chain.stop();
      process.exit(0);
    } catch (error) {
      process.stderr.write(`chain-node: stop failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  if (values["exit-on-stdin-end"]) {
    process.stdin.on("end", () => void stop("stdin closed"));
    process.stdin.resume();
  }

  printLine({
    event: "ready",
    rpcUrl: chain.rpcUrl,
    chainId: chain.chainId,
    blockNumber: chain.blockNumber,
    created: chain.created,
    journalPath: chain.journalPath,
    replay: chain.replay,
    pid: process.pid,
  });
  if (chain.replay.truncatedBytes > 0) {
    process.stderr.write(
      `chain-node: cut ${chain.replay.truncatedBytes} bytes of a torn last journal line (an unacknowledged request from a crash)\n`,
    );
  }
}

await main();
