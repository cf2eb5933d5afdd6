// The whole journey of issue 6 through the running product (`npm start`'s stack) in headless
// Chromium, each person with a wallet that forwards to the local node's unlocked dev
// accounts: a creator signs in, generates, keeps a result, signs its record, mints with a
// 3-way split and lists it; two collectors sign in and bid, the first is outbid and refunded;
// time moves on the node; the winner settles; the split's accounts withdraw their exact
// shares; a sceptic without a wallet uploads the image on /verify and sees every step pass.
// Screenshots of each stage go to test-results/journey/. A second test drives the header's
// wallet button with a wallet that starts on the wrong chain and signs with its own key.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { Contract, JsonRpcProvider, Wallet, ZeroAddress, getBytes, parseEther, toUtf8String, type Log } from "ethers";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artworkInterface, auctionHouseInterface, royaltySplitterInterface } from "@/lib/contracts/contract-interfaces";
import { formatEth } from "@/lib/market/format-amount";
import { STEP_IDS } from "@/lib/provenance/verify/types";
import { TEST_BUILTIN_TRAINER } from "../inference/test-builtin-trainer";

const BUILTIN_TRAINER_ADDRESS = TEST_BUILTIN_TRAINER.address;
import { buildCppnModel } from "@/inference/build-cppn-model";
import { LOOM_ARCHITECTURE } from "@/inference/builtin-models";
import { ROOT, freePort, startStack, type StackProcess } from "../integration/stack-process";
import { openPerson, signIn, type Person } from "./node-wallet";

const SHOTS = path.join(ROOT, "test-results/journey");
const SECRET = "journey-secret-that-is-at-least-32-characters-long";

let stack: StackProcess | undefined;
let deploymentsDir: string;
let browser: Browser | undefined;
let provider: JsonRpcProvider;
const people: Person[] = [];
let shot = 0;
let finished = false;

/** Saves the whole page as test-results/journey/NN-name.png. */
async function stage(person: Person, name: string): Promise<void> {
  shot += 1;
  await person.page.screenshot({ path: path.join(SHOTS, `${String(shot).padStart(2, "0")}-${name}.png`), fullPage: true });
}

/** What a transaction cost its sender in gas, in wei. */
async function gasCost(hash: string): Promise<bigint> {
  const receipt = await provider.getTransactionReceipt(hash);
  return receipt!.gasUsed * receipt!.gasPrice;
}

beforeAll(async () => {
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-journey-"));
  deploymentsDir = path.join(tmp, "deployments");
  stack = await startStack({
    COLOPHON_DATA_DIR: path.join(tmp, "data"),
    DEPLOYMENTS_DIR: deploymentsDir,
    PORT: String(await freePort()),
    CHAIN_PORT: String(await freePort()),
    AUTH_SECRET: SECRET,
    // The operator's key for the built-in models' cards: fixed here so the trainer is known.
    BUILTIN_TRAINER_PRIVATE_KEY: TEST_BUILTIN_TRAINER.privateKey,
  });
  provider = new JsonRpcProvider(stack.rpcUrl, undefined, { staticNetwork: true, cacheTimeout: -1, pollingInterval: 100 });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterAll(async () => {
  // On a failure, where each person's page was is the first thing to look at.
  if (!finished) {
    if (stack) fs.writeFileSync(path.join(SHOTS, "failed-stack-output.log"), stack.output());
    fs.writeFileSync(path.join(SHOTS, "failed-page-errors.log"), people.flatMap((person) => [...person.errors, `${person.name} wallet: ${person.walletCalls.join(" ")}`]).join("\n"));
    for (const person of people) {
      await person.page.screenshot({ path: path.join(SHOTS, `failed-${person.name.replace(/\W+/g, "-")}.png`), fullPage: true }).catch(() => undefined);
    }
  }
  await browser?.close();
  provider?.destroy();
  if (stack && stack.child.exitCode === null) {
    stack.child.kill("SIGTERM");
    await stack.exited;
  }
});

/** Runs in the page before its scripts: a wallet that starts on chain 1 and knows only chain 1. */
function installChainOneWallet(address: string) {
  const listeners: Record<string, Array<(value: unknown) => void>> = {};
  const known = new Set(["0x1"]);
  let chainId = "0x1";
  let connected = false;
  const emit = (event: string, value: unknown) => (listeners[event] ?? []).forEach((fn) => fn(value));
  const rpcError = (code: number, message: string) => Object.assign(new Error(message), { code });
  const provider = {
    async request({ method, params }: { method: string; params?: unknown[] }) {
      const log = (window as unknown as { __walletCalls: string[] }).__walletCalls;
      log.push(method);
      switch (method) {
        case "eth_chainId":
          return chainId;
        case "eth_accounts":
          return connected ? [address] : [];
        case "eth_requestAccounts":
          connected = true;
          emit("accountsChanged", [address]);
          return [address];
        case "wallet_switchEthereumChain": {
          const wanted = (params?.[0] as { chainId: string }).chainId;
          if (!known.has(wanted)) throw rpcError(4902, `Unrecognized chain ID ${wanted}`);
          chainId = wanted;
          emit("chainChanged", chainId);
          return null;
        }
        case "wallet_addEthereumChain": {
          const added = params?.[0] as { chainId: string; rpcUrls: string[]; chainName: string };
          (window as unknown as { __addedChain: unknown }).__addedChain = added;
          known.add(added.chainId);
          return null;
        }
        case "personal_sign":
          return (window as unknown as { __sign(hex: string): Promise<string> }).__sign(params?.[0] as string);
        default:
          throw rpcError(4200, `Unsupported method ${method}`);
      }
    },
    on(event: string, fn: (value: unknown) => void) {
      (listeners[event] ??= []).push(fn);
    },
    removeListener(event: string, fn: (value: unknown) => void) {
      listeners[event] = (listeners[event] ?? []).filter((f) => f !== fn);
    },
  };
  (window as unknown as { __walletCalls: string[] }).__walletCalls = [];
  const announce = () =>
    window.dispatchEvent(
      new CustomEvent("eip6963:announceProvider", {
        detail: Object.freeze({
          info: { uuid: "3c9e7f44-0000-4000-8000-000000000001", name: "Test Wallet", icon: "data:image/svg+xml,<svg/>", rdns: "org.colophon.test" },
          provider,
        }),
      }),
    );
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
}

function ok(what: string) {
  console.log(`ok - ${what}`);
}

async function header(page: Page): Promise<string> {
  return (await page.locator(".site-header").innerText()).replace(/\s+/g, " ").trim();
}

async function snapHeader(page: Page, name: string) {
  await page.locator(".site-header").screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe("the marketplace journey in a real browser", () => {
  it("goes from a creator's prompt to a settled sale, exact split payouts and a verified image", { timeout: 600_000 }, async () => {
    const url = stack!.url;
    const rpcUrl = stack!.rpcUrl;
    const [platform, creator, collectorA, collectorB] = await Promise.all([0, 1, 2, 3].map(async (i) => (await provider.getSigner(i)).address));
    const trainer = BUILTIN_TRAINER_ADDRESS;
    const deployment = JSON.parse(fs.readFileSync(path.join(deploymentsDir, "31337.json"), "utf8")) as {
      contracts: Record<"Artwork" | "AuctionHouse", { address: string }>;
    };
    const artwork = new Contract(deployment.contracts.Artwork.address, artworkInterface, provider);
    const house = new Contract(deployment.contracts.AuctionHouse.address, auctionHouseInterface, provider);


    // 0. The platform's operator, who owns the contracts, sets a 2.5% platform fee on /admin.
    const operator = await openPerson(browser!, "platform", { rpcUrl, account: platform });
    people.push(operator);
    await operator.page.goto(`${url}/admin`);
    await signIn(operator, platform);
    await operator.page.getByLabel("Recipient").fill(platform);
    await operator.page.getByLabel("Fee (basis points)").fill("250");
    await operator.page.getByRole("button", { name: "Set fee" }).click();
    await operator.page.getByText("Mined in block").waitFor({ timeout: 30_000 });
    expect([await house.getFunction("feeBps")(), await house.getFunction("feeRecipient")()]).toEqual([250n, platform]);
    await operator.page.locator("dd.amount", { hasText: "2.5%" }).waitFor();
    await stage(operator, "platform-sets-fee");

    // 1. The creator signs in, generates and keeps a result.
    const maker = await openPerson(browser!, "creator", { rpcUrl, account: creator });
    people.push(maker);
    await maker.page.goto(`${url}/create`);
    await signIn(maker, creator);
    await stage(maker, "creator-signed-in");
    await maker.page.getByTestId("prompt-input").fill("a harbour at dawn, gulls over still water");
    await maker.page.getByTestId("seed-input").fill("2026");
    await maker.page.getByTestId("size-select").selectOption("256x256");
    await maker.page.getByTestId("generate-button").click();
    await maker.page.getByTestId("keep-button").first().waitFor({ timeout: 120_000 });
    await stage(maker, "creator-generated");
    await maker.page.getByTestId("keep-button").first().click();
    await maker.page.getByTestId("kept-link").first().waitFor();
    await stage(maker, "creator-kept");

    // 2. Record: the default split is three-way; the creator signs the record, the server attests, the creator mints.
    await maker.page.getByTestId("kept-link").first().click();
    await maker.page.getByTestId("review-record").waitFor();
    const roles = await maker.page.getByTestId("split-editor").locator("tbody tr select").evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    const shares = await maker.page.getByTestId("split-editor").locator("tbody tr input.share").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect({ roles, shares }).toEqual({ roles: ["prompter", "trainer", "platform"], shares: ["70", "20", "10"] });
    await maker.page.getByTestId("review-record").click();
    await maker.page.getByTestId("sign-record").click();
    await maker.page.getByTestId("mint").waitFor({ timeout: 30_000 });
    await stage(maker, "creator-record-signed");
    await maker.page.getByTestId("mint").click();
    const minted = maker.page.getByTestId("minted");
    await minted.waitFor({ timeout: 60_000 });
    const tokenId = /work #(\d+)/.exec(await minted.innerText())![1]!;
    expect(await artwork.getFunction("ownerOf")(tokenId)).toBe(creator);
    expect(maker.walletCalls).toContain("eth_signTypedData_v4");
    await stage(maker, "creator-minted");

    // 3. The work page offers its owner the listing; the creator lists it with a 1 ETH reserve.
    await minted.getByRole("link", { name: `work #${tokenId}` }).click();
    await maker.page.getByTestId("list-work").click();
    await maker.page.waitForURL(`${url}/auctions/new?tokenId=${tokenId}`);
    expect(await maker.page.locator("#list-token").inputValue()).toBe(tokenId);
    await maker.page.locator("#list-reserve").fill("1");
    await maker.page.locator("#list-duration").selectOption("86400");
    await maker.page.getByRole("button", { name: "List at auction" }).click();
    await maker.page.waitForURL(/\/auctions\/\d+$/, { timeout: 60_000 });
    const auctionId = /\/auctions\/(\d+)$/.exec(maker.page.url())![1]!;
    expect(await artwork.getFunction("ownerOf")(tokenId)).toBe(await house.getAddress());
    await maker.page.getByText("Awaiting first bid").waitFor();
    await stage(maker, "creator-listed");

    // 4. Two collectors sign in and bid; the first is outbid and refunded in the same transaction.
    const first = await openPerson(browser!, "collector A", { rpcUrl, account: collectorA });
    const second = await openPerson(browser!, "collector B", { rpcUrl, account: collectorB });
    people.push(first, second);
    const bid = async (person: Person, address: string, eth: string, where: string) => {
      await person.page.goto(`${url}${where}`);
      await signIn(person, address);
      const field = person.page.locator("#bid-amount");
      await field.fill(eth);
      await person.page.getByRole("button", { name: "Place bid" }).click();
      await person.page.locator("table.bids td", { hasText: formatEth(parseEther(eth)) }).first().waitFor({ timeout: 30_000 });
    };
    const balanceABefore = await provider.getBalance(collectorA);
    // Collector A bids from the work page (its live auction panel), B from the auction page.
    await bid(first, collectorA, "1", `/works/${tokenId}`);
    await first.page.getByTestId("auction-link").waitFor();
    await stage(first, "collector-a-bid");
    await bid(second, collectorB, "1.1", `/auctions/${auctionId}`);
    await stage(second, "collector-b-outbids");
    // Collector A's open page shows the new highest bid without a reload.
    await first.page.locator("table.bids td", { hasText: "1.1 ETH" }).first().waitFor({ timeout: 15_000 });
    await stage(first, "collector-a-sees-outbid");

    const bids = (await house.queryFilter(house.filters.AuctionBid!(auctionId))) as Array<Log & { args: unknown[] }>;
    expect(bids.map((log) => [log.args[1], log.args[2]])).toEqual([
      [collectorA, parseEther("1")],
      [collectorB, parseEther("1.1")],
    ]);
    // Refunded in full: A is down only the gas of its own bid.
    expect(await provider.getBalance(collectorA)).toBe(balanceABefore - (await gasCost(bids[0]!.transactionHash)));

    // A collector on /admin sees the settings but no form, and the route refuses them.
    await first.page.goto(`${url}/admin`);
    await first.page.getByText(`Only the owner ${platform} can change these settings; you are signed in as ${collectorA}.`).waitFor();
    expect(await first.page.getByRole("button", { name: "Set fee" }).count()).toBe(0);
    const refused = await first.page.evaluate(async (recipient) => {
      const response = await fetch("/api/admin/platform-fee", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ recipient, bps: 1000 }) });
      return { status: response.status, reason: ((await response.json()) as { error: { details: { reason: string } } }).error.details.reason };
    }, collectorA);
    expect(refused).toEqual({ status: 403, reason: "NOT_CONTRACT_OWNER" });
    await stage(first, "collector-a-on-admin");

    // 5. Time moves on past the end; the winner settles (the fee is pushed to the platform then).
    const platformBefore = await provider.getBalance(platform);
    await provider.send("evm_increaseTime", [86_400 + 60]);
    await provider.send("evm_mine", []);
    const settle = second.page.getByRole("button", { name: "Settle auction" });
    await settle.waitFor({ timeout: 30_000 });
    await stage(second, "auction-ended");
    await settle.click();
    await second.page.getByText("Settled", { exact: true }).first().waitFor({ timeout: 30_000 });
    expect(await artwork.getFunction("ownerOf")(tokenId)).toBe(collectorB);
    await stage(second, "auction-settled");

    // Only the owner lists: collector A is told so before the wallet is asked for anything.
    const sendsBefore = first.walletCalls.filter((method) => method === "eth_sendTransaction").length;
    await first.page.goto(`${url}/auctions/new?tokenId=${tokenId}`);
    await first.page.locator("#list-reserve").fill("2");
    await first.page.getByRole("button", { name: "List at auction" }).click();
    await first.page
      .locator("#list-token-error", { hasText: `You do not own work #${tokenId}: its owner is ${collectorB.slice(0, 6)}…${collectorB.slice(-4)}. Only the owner can list it` })
      .waitFor();
    expect(first.walletCalls.filter((method) => method === "eth_sendTransaction").length).toBe(sendsBefore);
    await stage(first, "collector-a-cannot-list");

    // 6. The split's accounts withdraw their exact shares: everything after the 2.5% fee, 70/20/10.
    const price = parseEther("1.1");
    const fee = (price * BigInt(await house.getFunction("feeBps")())) / 10_000n;
    const rest = price - fee;
    const [splitter] = (await artwork.getFunction("royaltyInfo")(tokenId, 10_000n)) as [string, bigint];
    const splitterContract = new Contract(splitter, royaltySplitterInterface, provider);
    const expected = { trainer: (rest * 2_000n) / 10_000n, platform: (rest * 1_000n) / 10_000n, creator: 0n };
    expected.creator = rest - expected.trainer - expected.platform;
    for (const [account, amount] of [[creator, expected.creator], [trainer, expected.trainer], [platform, expected.platform]] as const) {
      expect(await splitterContract.getFunction("owed")(ZeroAddress, account)).toBe(amount);
    }

    const withdraw = async (person: Person, account: string, amount: bigint) => {
      await person.page.goto(`${url}/profile/${account}`);
      await person.page.locator("#withdraw").waitFor();
      const button = person.page.getByRole("button", { name: `Withdraw ${formatEth(amount)}`, exact: true });
      await button.click();
      for (let i = 0; i < 150 && (await splitterContract.getFunction("owed")(ZeroAddress, account)) !== 0n; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const logs = (await splitterContract.queryFilter(splitterContract.filters.RoyaltySplitterWithdrawn!(ZeroAddress, account))) as Array<Log & { args: unknown[] }>;
      expect(logs.map((log) => log.args[2])).toEqual([amount]);
      // The profile refreshes from the index: nothing is left to withdraw from this split.
      await button.waitFor({ state: "detached", timeout: 20_000 });
      return logs[0]!.transactionHash;
    };
    const creatorBefore = await provider.getBalance(creator);
    const creatorTx = await withdraw(maker, creator, expected.creator);
    expect(await provider.getBalance(creator)).toBe(creatorBefore + expected.creator - (await gasCost(creatorTx)));
    await stage(maker, "creator-withdrew");

    const platformTx = await withdraw(operator, platform, expected.platform);
    expect(fee).toBe(parseEther("0.0275"));
    expect(await provider.getBalance(platform)).toBe(platformBefore + fee + expected.platform - (await gasCost(platformTx)));
    await stage(operator, "platform-withdrew");

    // The built-in models' trainer holds no ether; anyone may pay it out, and it gets exactly its share.
    expect(await provider.getBalance(trainer)).toBe(0n);
    await withdraw(maker, trainer, expected.trainer);
    expect(await provider.getBalance(trainer)).toBe(expected.trainer);
    await stage(maker, "trainer-paid");

    // 7. A sceptic with no wallet uploads the image on /verify and sees every step pass.
    const workImage = await (await fetch(`${url}/works/${tokenId}`)).text();
    const imageCid = /src="\/ipfs\/([a-z0-9]+)"/.exec(workImage)![1]!;
    const imageFile = path.join(os.tmpdir(), `journey-${tokenId}-${Date.now()}.png`);
    fs.writeFileSync(imageFile, new Uint8Array(await (await fetch(`${url}/ipfs/${imageCid}`)).arrayBuffer()));
    const sceptic = await openPerson(browser!, "sceptic", { rpcUrl });
    people.push(sceptic);
    await sceptic.page.goto(`${url}/verify`);
    await sceptic.page.getByText("No wallet found").first().waitFor();
    await sceptic.page.getByLabel("Also re-run the model").check();
    await sceptic.page.getByTestId("file-input").setInputFiles(imageFile);
    const report = sceptic.page.getByTestId("report");
    await report.waitFor({ timeout: 120_000 });
    const steps = await report.locator("li.step").evaluateAll((items) => items.map((li) => [li.getAttribute("data-testid"), li.getAttribute("data-status")]));
    await stage(sceptic, "sceptic-verified");
    expect(await report.getAttribute("data-verdict")).toBe("pass");
    expect(steps).toEqual(STEP_IDS.map((id) => [`step-${id}`, "pass"]));

    // The work page now tells the whole story: the new owner, and the settled auction.
    await sceptic.page.goto(`${url}/works/${tokenId}`);
    const history = sceptic.page.getByTestId("owner-history");
    await history.waitFor();
    const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`.toLowerCase();
    const escrow = "auction house (escrow)";
    const rows = await history.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 2).map((td) => td.textContent!.trim().toLowerCase())));
    expect(rows).toEqual([
      ["minted", short(creator)],
      [short(creator), escrow],
      [escrow, short(collectorB)],
    ]);
    await sceptic.page.getByText(`Auction ${auctionId}: Settled, highest bid 1.1 ETH`).waitFor();
    await stage(sceptic, "work-page-after-sale");

    expect(people.flatMap((person) => person.errors)).toEqual([]);
    finished = true;
  });
  it("header wallet button: discovery, wrong network, switch, sign in, sign out, no wallet", { timeout: 180_000 }, async () => {
    const wallet = Wallet.createRandom();
    const errors: string[] = [];
    const context = await browser!.newContext();
    await context.exposeFunction("__sign", async (hex: string) => wallet.signMessage(toUtf8String(getBytes(hex))));
    // tsx (esbuild) wraps named functions in __name(), which the page lacks.
    await context.addInitScript({
      content: `var __name = (target) => target; (${installChainOneWallet.toString()})(${JSON.stringify(wallet.address)});`,
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      // The app ships no favicon; the browser's request for it is not the wallet's business.
      if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) {
        errors.push(`${message.text()} (${message.location().url})`);
      }
    });
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(stack!.url);
    const signIn = page.getByRole("button", { name: "Sign in with wallet" });
    await signIn.waitFor({ timeout: 10_000 }).catch(async (error) => {
      throw new Error(`${error.message}\nheader: ${await header(page)}\nerrors: ${errors.join("\n")}`);
    });
    await snapHeader(page, "wallet-1-sign-in");
    ok("the announced wallet is found: Sign in with wallet");

    await signIn.click();
    const notice = page.getByText("Wrong network: switch to Colophon local (31337)");
    await notice.waitFor().catch(async (error: Error) => {
      throw new Error(`${error.message}\nheader: ${await header(page)}\nerrors: ${errors.join("\n")}`);
    });
    await snapHeader(page, "wallet-2-wrong-network");
    ok("wallet on chain 1: Wrong network: switch to Colophon local (31337)");

    await page.getByRole("button", { name: "Switch network" }).click();
    const short = `${wallet.address.slice(0, 6)}…${wallet.address.slice(-4)}`;
    await page.getByText(short).waitFor({ timeout: 20_000 });
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __addedChain: unknown }).__addedChain), {
      chainId: "0x7a69",
      chainName: "Colophon local",
      rpcUrls: [stack!.rpcUrl],
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    });
    await snapHeader(page, "wallet-3-signed-in");
    const calls = await page.evaluate(() => (window as unknown as { __walletCalls: string[] }).__walletCalls);
    assert.ok(calls.includes("wallet_addEthereumChain") && calls.includes("personal_sign"), calls.join(","));
    assert.equal(await page.getByText("Wrong network").count(), 0);
    ok(`switch: 4902, wallet_addEthereumChain, switch, personal_sign; header shows ${short} (${await header(page)})`);

    const session = await page.evaluate(async () => (await fetch("/api/auth/session")).json());
    assert.equal((session as { address: string }).address, wallet.address);
    ok("the session carries the address");

    await page.reload();
    await page.getByText(short).waitFor();
    ok("after a reload the header still shows the signed-in address");

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in with wallet" }).waitFor();
    assert.deepEqual(await page.evaluate(async () => (await fetch("/api/auth/session")).json()), {});
    ok("sign out: the button is back and the session is empty");

    const bare = await browser!.newContext();
    const noWallet = await bare.newPage();
    noWallet.on("pageerror", (error) => errors.push(error.message));
    await noWallet.goto(stack!.url);
    await noWallet.getByText("No wallet found — install one (e.g. MetaMask) or use a browser with an Ethereum wallet").waitFor();
    await snapHeader(noWallet, "wallet-4-no-wallet");
    ok("without a wallet: No wallet found — install one (e.g. MetaMask) or use a browser with an Ethereum wallet");

    assert.deepEqual(errors, []);
    ok("no console errors or page errors (hydration included)");
  });

  it("a trainer registers a model on /models/new, finds it in the registry, and retires it", { timeout: 180_000 }, async () => {
    const trainerAddress = (await provider.getSigner(5)).address;
    const modelFile = path.join(os.tmpdir(), `journey-model-${Date.now()}.onnx`);
    fs.writeFileSync(modelFile, new Uint8Array(buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 4242 })));
    const person = await openPerson(browser!, "trainer", { rpcUrl: stack!.rpcUrl, account: trainerAddress });
    people.push(person);
    const { page } = person;
    await page.goto(`${stack!.url}/models/new`);
    await signIn(person, trainerAddress);
    await page.getByLabel("Model file (.onnx)").setInputFiles(modelFile);
    await page.getByLabel("Name", { exact: true }).fill("Ember");
    await page.getByLabel("Version").fill("1.0.0");
    await page.getByLabel("Licence").fill("CC-BY-4.0");
    await page.getByLabel("Training data").fill("None: procedurally generated weights.");
    await page.getByLabel("How the weights were made").fill("Loom's architecture with weights from seed 4242.");
    await page.getByLabel("Trainer's share of each work (%)").fill("15");
    expect(await page.getByLabel("Trainer", { exact: true }).inputValue()).toBe(trainerAddress);
    await page.getByRole("button", { name: "Sign the card" }).click();
    await page.getByText("Card signed:").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Register the model" }).click();
    await page.getByRole("link", { name: "Open the model's page" }).waitFor({ timeout: 60_000 });
    expect(person.walletCalls).toContain("eth_signTypedData_v4");
    await page.screenshot({ path: path.join(SHOTS, "trainer-registered.png"), fullPage: true });

    const listed = (await (await fetch(`${stack!.url}/api/models`)).json()) as { models: Array<{ id: string; name: string; trainer: string; trainerShareBps: number }> };
    const ember = listed.models.find((model) => model.name === "Ember")!;
    expect({ trainer: ember.trainer, trainerShareBps: ember.trainerShareBps }).toEqual({ trainer: trainerAddress, trainerShareBps: 1500 });

    await page.goto(`${stack!.url}/models`);
    await page.getByRole("link", { name: /Ember/ }).first().click();
    await page.waitForURL(`${stack!.url}/models/${ember.id}`);
    await page.getByRole("link", { name: "Create with Ember" }).click();
    await page.waitForURL(`${stack!.url}/create?model=${ember.id}`);
    await expect.poll(() => page.getByTestId("model-select").inputValue()).toBe(ember.id);
    await page.goBack();
    await page.getByRole("button", { name: "Retire Ember 1.0.0" }).click();
    await page.getByRole("button", { name: "Reactivate Ember 1.0.0" }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SHOTS, "trainer-retired.png"), fullPage: true });
    const after = (await (await fetch(`${stack!.url}/api/models`)).json()) as { models: Array<{ id: string }> };
    expect(after.models.map((model) => model.id)).not.toContain(ember.id);
    expect(person.errors).toEqual([]);
  });
});
