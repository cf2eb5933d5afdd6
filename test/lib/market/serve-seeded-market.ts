import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Wallet, sha256 } from "ethers";
import { PNG } from "pngjs";
import { createChainSource } from "@/lib/indexer/chain-source";
import { indexToHead } from "@/lib/indexer/index-to-head";
import { spawnWebServer, type WebServerProcess } from "@/lib/stack/spawn-web-server";
import { openContentStore } from "@/lib/storage/open-content-store";
import { milliEth, openTestDatabase, startMarketChain, type MarketChain } from "../indexer/market-chain";

// A production web server over a seeded market, for the web benchmark (scripts/bench/web.ts)
// and the browser check of the auction pages: Hardhat Network in this process with the
// contracts, works minted by dev account 1, auctions in every state, all indexed into a
// PGlite database in a temp data directory, and scripts/web-server.ts on a free port as a
// child process with that directory (its own indexer then follows the chain). Needs a
// production build in NEXT_DIST_DIR (default .next).

const ROOT = path.resolve(import.meta.dirname, "../../..");

export interface SeededMarket {
  /** http://127.0.0.1:<port> */
  base: string;
  chain: MarketChain;
  /** Auction ids by what state they were left in. */
  auctions: { settled: bigint; live: bigint[]; open: bigint[] };
  server: WebServerProcess;
  close(): Promise<void>;
}

/** A 64x64 PNG of soft diagonal bands, different for every `seed`. */
function seededImage(seed: number): Uint8Array {
  const png = new PNG({ width: 64, height: 64 });
  for (let y = 0; y < 64; y += 1) {
    for (let x = 0; x < 64; x += 1) {
      const i = (y * 64 + x) * 4;
      const t = (x + y + seed * 11) % 64;
      png.data[i] = 120 + ((seed * 37 + t * 2) % 120);
      png.data[i + 1] = 90 + ((seed * 53 + x) % 110);
      png.data[i + 2] = 80 + ((seed * 71 + y * 2) % 150);
      png.data[i + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(png));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Seeds and serves; see the file comment. `works` are minted; a third of them (at least 3)
 * are auctioned: the first is bid on, ended and settled; of the others, two in three get
 * bids (live, counting down a day) and one in three awaits its first bid.
 */
export async function serveSeededMarket({ works = 24, distDir = process.env.NEXT_DIST_DIR || ".next" } = {}): Promise<SeededMarket> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-seeded-web-"));
  const chain = await startMarketChain();
  try {
    const [, creator, , , b, c, d] = chain.accounts;
    // Each work has a real image in the server's content store, so pages load it.
    const store = await openContentStore({ dataDir });
    const tokens: bigint[] = [];
    for (let i = 0; i < works; i += 1) {
      const png = seededImage(i);
      await store.add(png);
      tokens.push((await chain.mint(creator!, `seeded-${i}-${Date.now()}`, sha256(png))).tokenId);
    }
    const auctioned = tokens.slice(0, Math.max(3, Math.floor(works / 3)));
    const settled = await chain.createAuction(creator!, auctioned[0]!, milliEth(10));
    await chain.bid(b!, settled, milliEth(10));
    await chain.bid(c!, settled, milliEth(12));
    await chain.increaseTime(1_000);
    await chain.settle(d!, settled);
    const live: bigint[] = [];
    const open: bigint[] = [];
    for (const [i, token] of auctioned.slice(1).entries()) {
      const id = await chain.createAuction(creator!, token, milliEth(5), 86_400);
      if (i % 3 === 2) {
        open.push(id);
        continue;
      }
      await chain.bid(i % 2 === 0 ? b! : c!, id, milliEth(5 + i));
      if (i % 3 === 0) await chain.bid(d!, id, milliEth(8 + 2 * i));
      live.push(id);
    }
    const seeded = await openTestDatabase("colophon-seeded-db-");
    try {
      await indexToHead({ prisma: seeded.db.prisma, chain: createChainSource(chain.provider), contracts: chain.contracts, confirmations: 0 });
    } finally {
      await seeded.db.close();
    }
    // PGlite admits one process: the server opens this copy in its own data directory.
    fs.cpSync(path.join(seeded.dataDir, "pglite"), path.join(dataDir, "pglite"), { recursive: true });
    fs.rmSync(seeded.dataDir, { recursive: true, force: true });

    const port = await freePort();
    const server = await spawnWebServer({
      root: ROOT,
      host: "127.0.0.1",
      port,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        COLOPHON_DATA_DIR: dataDir,
        CHAIN_RPC_URL: chain.rpcUrl,
        DEPLOYMENTS_DIR: chain.deploymentsDir,
        ATTESTOR_PRIVATE_KEY: chain.attestor.privateKey,
        AUTH_SECRET: Wallet.createRandom().privateKey.slice(2, 50),
        INFERENCE_DEVICE: "cpu",
        LOG_LEVEL: "warn",
      },
    });
    return {
      base: `http://127.0.0.1:${port}`,
      chain,
      auctions: { settled, live, open },
      server,
      async close() {
        await server.stop().catch(() => undefined);
        await chain.close().catch(() => undefined);
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await chain.close().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
