// The header's wallet button in a real browser against a running server, with a fake
// EIP-6963 wallet whose key lives in this process: discovery, the wrong-network notice,
// the one-click switch (4902, then add, then switch), personal_sign, the session, sign-out,
// and the no-wallet message. Too slow for a unit test (it needs `next build`); run by hand:
//
//   npx tsx test/lib/auth/check-wallet-button-in-browser.ts http://localhost:3456 [screenshot-dir]
//
// Needs /usr/bin/chromium (apt-get install -y chromium). Exits 1 at the first failure.
import assert from "node:assert/strict";
import { Wallet, getBytes, toUtf8String } from "ethers";
import { chromium, type Page } from "playwright-core";

const base = process.argv[2] ?? "http://localhost:3000";
/** Optional: a folder to save a screenshot of each state of the header into. */
const screenshots = process.argv[3];

async function snap(page: Page, name: string) {
  if (screenshots !== undefined) await page.locator(".site-header").screenshot({ path: `${screenshots}/${name}.png` });
}
const wallet = Wallet.createRandom();

/** Runs in the page before its scripts: a wallet that starts on chain 1 and knows only chain 1. */
function installFakeWallet(address: string) {
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

async function main() {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const errors: string[] = [];
  try {
    const context = await browser.newContext();
    await context.exposeFunction("__sign", async (hex: string) => wallet.signMessage(toUtf8String(getBytes(hex))));
    // tsx (esbuild) wraps named functions in __name(), which the page lacks.
    await context.addInitScript({
      content: `var __name = (target) => target; (${installFakeWallet.toString()})(${JSON.stringify(wallet.address)});`,
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      // The app ships no favicon; the browser's request for it is not the wallet's business.
      if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) {
        errors.push(`${message.text()} (${message.location().url})`);
      }
    });
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(base);
    const signIn = page.getByRole("button", { name: "Sign in with wallet" });
    await signIn.waitFor({ timeout: 10_000 }).catch(async (error) => {
      throw new Error(`${error.message}\nheader: ${await header(page)}\nerrors: ${errors.join("\n")}`);
    });
    await snap(page, "1-sign-in");
    ok("the announced wallet is found: Sign in with wallet");

    await signIn.click();
    const notice = page.getByText("Wrong network: switch to Colophon local (31337)");
    await notice.waitFor();
    await snap(page, "2-wrong-network");
    ok("wallet on chain 1: Wrong network: switch to Colophon local (31337)");

    await page.getByRole("button", { name: "Switch network" }).click();
    const short = `${wallet.address.slice(0, 6)}…${wallet.address.slice(-4)}`;
    await page.getByText(short).waitFor({ timeout: 20_000 });
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __addedChain: unknown }).__addedChain), {
      chainId: "0x7a69",
      chainName: "Colophon local",
      rpcUrls: ["http://127.0.0.1:8545"],
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    });
    await snap(page, "3-signed-in");
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

    const bare = await browser.newContext();
    const noWallet = await bare.newPage();
    noWallet.on("pageerror", (error) => errors.push(error.message));
    await noWallet.goto(base);
    await noWallet.getByText("No wallet found — install one (e.g. MetaMask) or use a browser with an Ethereum wallet").waitFor();
    await snap(noWallet, "4-no-wallet");
    ok("without a wallet: No wallet found — install one (e.g. MetaMask) or use a browser with an Ethereum wallet");

    assert.deepEqual(errors, []);
    ok("no console errors or page errors (hydration included)");
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error("not ok -", error);
  process.exit(1);
});
