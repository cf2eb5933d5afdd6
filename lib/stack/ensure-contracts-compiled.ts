import fs from "node:fs";
import path from "node:path";
import { runLogged } from "./run-step";

const CONTRACTS = ["Artwork", "AuctionHouse", "RoyaltySplitter"];

/**
 * Compiles the contracts when an artifact is missing (a fresh clone). Hardhat itself skips
 * unchanged sources, but starting it costs seconds, so a complete artifacts folder is trusted.
 * @returns whether the compiler ran.
 */
export async function ensureContractsCompiled({ root, logFile }: { root: string; logFile: string }): Promise<boolean> {
  const missing = CONTRACTS.some(
    (name) => !fs.existsSync(path.join(root, "artifacts", "contracts", `${name}.sol`, `${name}.json`)),
  );
  if (!missing) return false;
  await runLogged(
    process.execPath,
    [path.join(root, "node_modules/hardhat/internal/cli/bootstrap.js"), "compile", "--config", "hardhat.config.cjs"],
    logFile,
    root,
  );
  return true;
}
