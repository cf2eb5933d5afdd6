/**
 * Web benchmark: requests per second and latency of the gallery (/), a work page
 * (/works/1) and GET /api/auctions at 50 concurrent keep-alive connections, each next to a
 * static Next.js route (/auctions/rules, prerendered at build time) measured in the same
 * run, so the figures are ratios that carry across machines.
 *
 * Run: `npm run bench:web`. Self-contained: it starts Hardhat Network in this process,
 * deploys the contracts, mints works and runs auctions with bids, indexes them into a fresh
 * PGlite database in a temp directory, then starts the production web server
 * (scripts/web-server.ts) on a free port as a child process, the way `npm start` does.
 * Needs a production build: one is made first when `<NEXT_DIST_DIR or .next>/BUILD_ID` is
 * missing (the build is not checked for staleness; rebuild after changing the app).
 *
 * Settings (environment): BENCH_SECONDS per route (default 10), BENCH_CONNECTIONS (50),
 * BENCH_WORKS minted (24), BENCH_URL to load an already running server instead (its data
 * as it is; nothing is started or seeded).
 *
 * autocannon is not a dependency: the load generator below is node:http with one
 * keep-alive agent, N workers each sending its next request when the last one's body has
 * been read (closed-loop, like autocannon's default).
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runLogged } from "../../lib/stack/run-step";
import { serveSeededMarket, type SeededMarket } from "../../test/lib/market/serve-seeded-market";
import { percentile } from "./stats";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WORKS = Number(process.env.BENCH_WORKS ?? 24);
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

/** The routes measured, the static one first: every other is reported relative to it. */
const ROUTES = [
  { name: "static page (baseline)", path: "/auctions/rules" },
  { name: "gallery", path: "/" },
  { name: "work page", path: "/works/1" },
  { name: "GET /api/auctions", path: "/api/auctions?status=all&sort=newest&limit=24" },
] as const;

interface Measurement {
  requests: number;
  errors: number;
  /** Status codes other than 200, by code. */
  statuses: Record<number, number>;
  seconds: number;
  latenciesMs: number[];
}

function say(line: string) {
  process.stdout.write(`${line}\n`);
}

/** One request on `agent`; resolves with its status once the whole body has arrived. */
function request(agent: http.Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, method: "GET", headers: { accept: "text/html,application/json" } }, (res) => {
      res.on("data", () => undefined);
      res.once("end", () => resolve(res.statusCode ?? 0));
      res.once("error", reject);
    });
    req.once("error", reject);
    req.end();
  });
}

/** Closed-loop load: `connections` workers on one keep-alive agent for `seconds`. */
async function load(base: string, route: string, seconds: number, connections: number): Promise<Measurement> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const url = new URL(route, base);
  const latenciesMs: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (process.hrtime.bigint() < deadline) {
        const sent = process.hrtime.bigint();
        try {
          const status = await request(agent, url);
          latenciesMs.push(Number(process.hrtime.bigint() - sent) / 1e6);
          if (status !== 200) statuses[status] = (statuses[status] ?? 0) + 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  return { requests: latenciesMs.length, errors, statuses, seconds: elapsed, latenciesMs };
}


async function main(): Promise<void> {
  let base = process.env.BENCH_URL;
  let market: SeededMarket | undefined;
  try {
    if (base === undefined) {
      if (!fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) {
        say(`No production build in ${DIST_DIR}/: building it first (a minute or two)…`);
        const log = path.join(os.tmpdir(), `colophon-bench-next-build-${process.pid}.log`);
        await runLogged(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], log, ROOT);
      }
      say(`Seeding: chain, contracts, ${WORKS} works, auctions, index; then the production server…`);
      market = await serveSeededMarket({ works: WORKS, distDir: DIST_DIR });
      base = market.base;
    }

    say(`Server ${base}; ${CONNECTIONS} connections, ${SECONDS} s per route (node ${process.version}, ${os.cpus().length} CPUs)`);
    // Warm-up: the first request of a route compiles nothing in production, but opens the
    // database, loads modules and fills caches.
    for (const route of ROUTES) await load(base, route.path, 1.5, 4);

    const results: Array<{ name: string; path: string; m: Measurement; rps: number; p50: number; p99: number }> = [];
    for (const route of ROUTES) {
      const m = await load(base, route.path, SECONDS, CONNECTIONS);
      const sorted = [...m.latenciesMs].sort((x, y) => x - y);
      results.push({ name: route.name, path: route.path, m, rps: m.requests / m.seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
    }
    const baseline = results[0]!;
    say("");
    say(`${"route".padEnd(24)} ${"req/s".padStart(9)} ${"p50 ms".padStart(9)} ${"p99 ms".padStart(9)} ${"req/s vs static".padStart(16)} ${"p99 vs static".padStart(14)}  non-200 / errors`);
    for (const r of results) {
      const odd = Object.entries(r.m.statuses).map(([code, n]) => `${n}×${code}`).join(" ") || "0";
      say(
        `${r.name.padEnd(24)} ${r.rps.toFixed(1).padStart(9)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(9)} ${(r.rps / baseline.rps).toFixed(3).padStart(16)} ${(r.p99 / baseline.p99).toFixed(2).padStart(14)}  ${odd} / ${r.m.errors}`,
      );
    }
    say("");
    say("Ratios: req/s as a fraction of the static page's (higher is better), p99 as a multiple of its p99 (lower is better).");
    for (const r of results) say(`  ${r.name}: ${r.path}`);
  } finally {
    await market?.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench:web: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
