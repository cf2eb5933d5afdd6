// The market in a real browser against a production server over a seeded chain (see
// test/lib/market/serve-seeded-market.ts): every market page on a phone-sized screen
// without sideways scrolling or console errors, a bid sent with the keyboard alone with its
// progress, a bid from someone else appearing without a reload, and a contract revert shown
// in words. (The header's wallet button is tested on the real stack in journey.test.ts.)
// Screenshots go to test-results/market/.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { formatEth } from "@/lib/market/format-amount";
import { minimumBid } from "@/lib/market/minimum-bid";
import { ensureWebBuild } from "@/lib/stack/ensure-web-build";
import { milliEth } from "../lib/indexer/market-chain";
import { serveSeededMarket, type SeededMarket } from "../lib/market/serve-seeded-market";
import { openPerson } from "./node-wallet";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHOTS = path.join(ROOT, "test-results/market");

let market: SeededMarket;
let browser: Browser;

async function snap(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

function ok(what: string) {
  console.log(`ok - ${what}`);
}

async function noSidewaysScroll(page: Page, what: string) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  assert.ok(widths.scroll <= widths.view, `${what}: page is ${widths.scroll}px wide in a ${widths.view}px viewport`);
}

beforeAll(async () => {
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  await ensureWebBuild({ root: ROOT, logFile: path.join(fs.mkdtempSync(path.join(os.tmpdir(), "colophon-build-")), "next-build.log") });
  market = await serveSeededMarket({ works: 12 });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  await browser?.close();
  await market?.close();
});

describe("the market in a real browser", () => {
  it("market pages on a phone, a bid with the keyboard, bids without reload, reverts in words", { timeout: 300_000 }, async () => {
    const { chain } = market;
    // A phone, with a wallet holding dev account 7 of the seeded chain (the node signs and sends).
    const person = await openPerson(browser, "collector", {
      rpcUrl: chain.rpcUrl,
      account: chain.accounts[7]!.address,
      context: { viewport: { width: 375, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
    });
    const { page, errors } = person;

    const live = market.auctions.live[0]!;
    const creator = chain.accounts[1]!.address.toLowerCase();
    for (const [path, name] of [
      ["/", "gallery"],
      ["/auctions", "auctions"],
      ["/auctions?status=ended", "auctions-ended"],
      [`/auctions/${live}`, "auction"],
      [`/auctions/${market.auctions.settled}`, "auction-settled"],
      [`/profile/${creator}`, "profile"],
      ["/auctions/rules", "rules"],
      ["/auctions/new", "new"],
      [`/works/${(await (await fetch(`${market.base}/api/auctions/${live}`)).json()).auction.tokenId}`, "work"],
      ["/models", "models"],
      ["/admin", "admin"],
    ] as const) {
      const response = await page.goto(`${market.base}${path}`);
      assert.equal(response?.status(), 200, `${path} answered ${response?.status()}`);
      await page.waitForLoadState("networkidle");
      await noSidewaysScroll(page, path);
      await snap(page, `phone-${name}`);
    }
    assert.deepEqual(errors, [], "console errors");
    ok("gallery, auction list, auction pages, profile, rules, listing form, work page, models and contract settings fit a 375px screen with no console error");

    // The gallery's sections.
    await page.goto(market.base);
    for (const heading of ["Ending soon", "Live auctions", "Latest works"]) await page.getByRole("heading", { name: heading }).waitFor();
    ok("gallery: ending soon, live auctions, latest works");

    // Keyboard only: Tab to the bid field, type the minimum, Enter.
    await page.goto(`${market.base}/auctions/${live}`);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const detail = (await (await fetch(`${market.base}/api/auctions/${live}`)).json()) as { auction: { minimumBid: string; bidCount: number } };
    let reached = false;
    for (let i = 0; i < 60 && !reached; i += 1) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.id === "bid-amount");
    }
    assert.ok(reached, "the bid field is reachable with Tab");
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(focusRing, "none", "the focused field shows a focus ring");
    const myBid = BigInt(detail.auction.minimumBid);
    await page.keyboard.press("Control+A");
    await page.keyboard.type(formatEth(myBid).replace(" ETH", ""));
    await page.keyboard.press("Enter");
    await page.getByText("Waiting for the block").or(page.getByText(/Mined in block/)).or(page.getByText("Done")).first().waitFor({ timeout: 15_000 });
    await page.locator(".tx-steps li.done", { hasText: "Done" }).or(page.locator(".tx-steps li[aria-current]", { hasText: "Done" })).first().waitFor({ timeout: 20_000 }).catch(() => undefined);
    await page.locator("table.bids td", { hasText: formatEth(myBid) }).first().waitFor({ timeout: 20_000 });
    await snap(page, "phone-auction-after-bid");
    ok(`keyboard: Tab to the bid field, type ${formatEth(myBid)}, Enter: progress shown, the bid is in the history`);

    // Someone else outbids: the page shows it without a reload.
    const other = chain.accounts[6]!;
    const theirs = minimumBid({ reserve: 0n, highestBid: myBid }) + milliEth(1);
    await chain.bid(other, live, theirs);
    await page.locator("table.bids td", { hasText: formatEth(theirs) }).first().waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, "no reload");
    ok(`a bid of ${formatEth(theirs)} sent from elsewhere appears without a reload`);

    // A revert in words: the auction's time runs out on the chain before the page knows.
    await chain.provider.send("evm_increaseTime", [2 * 86_400]);
    const field = page.locator("#bid-amount");
    await field.fill(formatEth(minimumBid({ reserve: 0n, highestBid: theirs })).replace(" ETH", ""));
    await field.press("Enter");
    const alert = page.locator(".tx-progress.failed");
    await alert.waitFor({ timeout: 15_000 });
    const words = (await alert.innerText()).replace(/\s+/g, " ");
    assert.match(words, /Auction \d+ ended at .*no more bids/, words);
    await snap(page, "phone-auction-revert");
    ok(`revert decoded into words: "${words}"`);
    assert.deepEqual(errors, [], "console errors");
  });
});
