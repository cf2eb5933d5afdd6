// A browser wallet for end-to-end tests: an EIP-1193 provider, announced over EIP-6963 and
// set as window.ethereum, that answers with one of the local node's unlocked dev accounts
// and forwards everything else (signing and sending included) to the node's JSON-RPC, so
// the node signs as a real wallet would and its errors reach the page unchanged.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";

/** Runs in the page before its scripts. */
function installNodeWallet(address: string) {
  type Answer = { result?: unknown; error?: { code: number; message: string; data?: unknown } };
  const rpc = (window as unknown as { __walletRpc(method: string, params: unknown): Promise<Answer> }).__walletRpc;
  const listeners: Record<string, Array<(value: unknown) => void>> = {};
  const provider = {
    isColophonTestWallet: true,
    async request({ method, params }: { method: string; params?: unknown[] }) {
      const answer = await rpc(method, params ?? []);
      if (answer.error) throw Object.assign(new Error(answer.error.message), answer.error);
      return answer.result;
    },
    on(event: string, fn: (value: unknown) => void) {
      (listeners[event] ??= []).push(fn);
    },
    removeListener(event: string, fn: (value: unknown) => void) {
      listeners[event] = (listeners[event] ?? []).filter((f) => f !== fn);
    },
  };
  (window as unknown as { ethereum: unknown }).ethereum = provider;
  const announce = () =>
    window.dispatchEvent(
      new CustomEvent("eip6963:announceProvider", {
        detail: Object.freeze({
          info: { uuid: `3c9e7f44-0000-4000-8000-${address.slice(-12)}`, name: "Node Wallet", icon: "data:image/svg+xml,<svg/>", rdns: "org.colophon.node-wallet" },
          provider,
        }),
      }),
    );
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
}

/** A JSON-RPC call as a wallet makes it: the node's answer or error, as is. */
async function forward(rpcUrl: string, method: string, params: unknown[]): Promise<{ result?: unknown; error?: { code: number; message: string; data?: unknown } }> {
  const response = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await response.json()) as { result?: unknown; error?: { code: number; message: string; data?: unknown } };
  return body.error !== undefined ? { error: body.error } : { result: body.result };
}

/** A person at a browser: their context (with the wallet, when they have one), their page, and what went wrong on it. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Methods the page asked the wallet for, in order. */
  walletCalls: string[];
  /** Console errors and uncaught page errors (a 4xx answer the page expected is not one). */
  errors: string[];
}

/**
 * Opens a browser context for `name` (a desktop window unless `context` says otherwise);
 * with `account`, its pages get a wallet holding that unlocked dev account of the node at
 * `rpcUrl`.
 */
export async function openPerson(
  browser: Browser,
  name: string,
  options: { rpcUrl: string; account?: string; context?: BrowserContextOptions },
): Promise<Person> {
  const context = await browser.newContext(options.context ?? { viewport: { width: 1280, height: 900 } });
  const walletCalls: string[] = [];
  const errors: string[] = [];
  const { account } = options;
  if (account !== undefined) {
    await context.exposeFunction("__walletRpc", async (method: string, params: unknown[]) => {
      walletCalls.push(method);
      switch (method) {
        case "eth_accounts":
        case "eth_requestAccounts":
          return { result: [account] };
        case "wallet_switchEthereumChain":
        case "wallet_addEthereumChain":
          return { result: null };
        default:
          return forward(options.rpcUrl, method, params);
      }
    });
    // tsx (esbuild) wraps named functions in __name(), which the page lacks.
    await context.addInitScript({ content: `var __name = (target) => target; (${installNodeWallet.toString()})(${JSON.stringify(account)});` });
  }
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    // The app ships no favicon, and a 4xx the page handles (a poll before the index has a row) is not a fault.
    if (message.location().url.endsWith("/favicon.ico") || /status of 4\d\d/.test(text)) return;
    errors.push(`${name}: ${text} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`${name}: ${error.message}`));
  return { name, context, page, walletCalls, errors };
}

/** Signs in through the header's button and waits for the short address to show. */
export async function signIn(person: Person, address: string): Promise<void> {
  const { page } = person;
  await page.locator(".site-header").getByRole("button", { name: "Sign in with wallet" }).click();
  await page.locator(".site-header").getByText(`${address.slice(0, 6)}…${address.slice(-4)}`).waitFor({ timeout: 30_000 });
}
