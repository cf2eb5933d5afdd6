import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { TEST_BUILTIN_TRAINER } from "../../inference/test-builtin-trainer";

const BUILTIN_TRAINER_ADDRESS = TEST_BUILTIN_TRAINER.address;
import type { ModelJson } from "@/lib/generation/model-json";
import { cidFromSha256 } from "@/lib/provenance/raw-block-cid";
import { ALICE, BOB, openTestStack, type TestStack } from "../../lib/generation/fixtures";
import { CARD_TEXT, registerTestModel } from "./register-test-model";

// The model registry's pages as the server renders them, on a real runtime with a trainer's
// model and minted works (Token rows as the indexer writes them), with the wallet context
// the root layout provides.

vi.mock("server-only", () => ({}));
// Rendered without Next: notFound() throws a marker, and the status button's router is a stub.
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  useRouter: () => ({ refresh: () => undefined, push: () => undefined }),
}));

/** Renders a page element inside the wallet context, connected and signed in as `connected` (or no one). */
async function render(page: Promise<unknown> | unknown, connected?: string): Promise<string> {
  const { WalletContext } = await import("@/app/components/wallet/use-wallet");
  const wallet = { detecting: false, wallets: [], signedInAddress: connected, sessionLoading: false, address: connected, chainStatus: "ok" };
  return renderToStaticMarkup(createElement(WalletContext.Provider, { value: wallet as never }, (await page) as ReactElement));
}

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });
const hash = (byte: string) => `0x${byte.repeat(32)}`;

describe("model registry pages", () => {
  let stack: TestStack;
  let ember: ModelJson;
  let cinder: ModelJson;
  beforeAll(async () => {
    stack = await openTestStack();
    ember = await registerTestModel(ALICE, "Ember", 9001);
    cinder = await registerTestModel(ALICE, "Cinder", 9002);
    const { prisma } = await stack.runtime.database();
    // Two works made with Ember, minted in blocks 10 and 11; none with Cinder.
    for (const [tokenId, block] of [
      ["1", 10n],
      ["2", 11n],
    ] as const) {
      await prisma.token.create({
        data: {
          tokenId,
          contentHash: hash(`c${tokenId}`),
          recordHash: hash(`d${tokenId}`),
          modelHash: ember.sha256,
          metadataDigest: hash(`e${tokenId}`),
          contributor: BOB.address.toLowerCase(),
          trainer: ALICE.address.toLowerCase(),
          splitter: `0x${"5".repeat(40)}`,
          royaltyBps: 1000,
          owner: BOB.address.toLowerCase(),
          mintedAt: new Date("2026-03-04T05:06:00Z"),
          mintBlock: block,
          txHash: hash(`f${tokenId}`),
        },
      });
    }
    await prisma.model.update({ where: { id: cinder.id }, data: { status: "RETIRED" } });
  });
  afterAll(() => stack.close());

  test("default: /models lists every active model with its kind, licence, trainer, share, works and files", async () => {
    const { default: ModelsPage } = await import("@/app/models/page");
    const html = await render(ModelsPage());
    expect(html).toContain('<a class="button primary" href="/models/new">Register a model</a>');
    expect(html).toContain(
      `<tr data-testid="model-${ember.id}"><th scope="row"><a href="/models/${ember.id}">Ember 1.0.0</a></th>` +
        `<td data-label="Kind">text to image</td><td data-label="Licence">CC-BY-4.0</td>` +
        `<td data-label="Trainer"><a class="mono" href="/trainers/${ALICE.address}">${ALICE.address}</a></td>` +
        `<td data-label="Trainer&#x27;s share">15%</td><td data-label="Minted works">2</td>` +
        `<td data-label="Files"><a href="/ipfs/${ember.cardCid}">Card</a> · <a href="/ipfs/${ember.fileCid}">File</a></td></tr>`,
    );
    expect(html).toContain('<a href="/models/tide">Tide 1.0.0</a> <span class="badge">Built in</span>');
    expect(html).toContain('<td data-label="Kind">image to image (needs a source image)</td>');
    expect(html).toContain(`<a class="mono" href="/trainers/${BUILTIN_TRAINER_ADDRESS}">`);
    // A retired model is not in the registry.
    expect(html).not.toContain("Cinder");
  });

  test("default: /models/:id shows the signed card in words, who signed it and the latest works", async () => {
    const { default: ModelPage } = await import("@/app/models/[id]/page");
    const html = await render(ModelPage(params({ id: ember.id })));
    expect(html).toContain("<h1>Ember 1.0.0</h1>");
    expect(html).toContain(`<dt>Training data</dt><dd>${CARD_TEXT.trainingData}</dd>`);
    expect(html).toContain("<dt>Licence</dt><dd>CC-BY-4.0</dd>");
    expect(html).toContain(`<dt>File sha256</dt><dd class="mono">${ember.sha256}</dd>`);
    expect(html).toContain(`<dt>Card signature (EIP-712)</dt><dd class="mono">${ember.cardSignature}</dd>`);
    expect(html).toContain(`<dt>Signed by</dt><dd><span class="mono">${ALICE.address}</span>, the trainer</dd>`);
    expect(html).toContain("the trainer&#x27;s share of each work is 15%");
    expect(html).toContain('<h2 id="works">Works made with it (2)</h2>');
    // Newest first: #2 (block 11) before #1.
    expect(html.indexOf('href="/works/2"')).toBeGreaterThan(-1);
    expect(html.indexOf('href="/works/2"')).toBeLessThan(html.indexOf('href="/works/1"'));
    expect(html).toContain(`<img src="/ipfs/${cidFromSha256(hash("c1"))}" alt="Work #1"`);
    // A stranger sees no status button.
    expect(html).not.toContain("Retire Ember");
  });

  test("behavior: the trainer, connected, sees Retire on an active model and Reactivate on a retired one", async () => {
    const { default: ModelPage } = await import("@/app/models/[id]/page");
    const active = await render(ModelPage(params({ id: ember.id })), ALICE.address);
    expect(active).toContain('<button type="button" class="button primary">Retire Ember 1.0.0</button>');
    const retired = await render(ModelPage(params({ id: cinder.id })), ALICE.address);
    expect(retired).toContain('<button type="button" class="button primary">Reactivate Cinder 1.0.0</button>');
    expect(retired).toContain('<span class="badge bad">retired</span>');
    expect(retired).toContain(
      "Retired by its trainer: it is not offered for new works. It is kept so the works made with it still verify.",
    );
    expect(retired).toContain('<h2 id="works">Works made with it (0)</h2>');
    expect(retired).toContain("No minted works yet.");
    // Another connected account sees no button.
    expect(await render(ModelPage(params({ id: ember.id })), BOB.address)).not.toContain("Retire Ember");
  });

  test("behavior: a built-in model has no status button, even for its trainer", async () => {
    const { default: ModelPage } = await import("@/app/models/[id]/page");
    const html = await render(ModelPage(params({ id: "loom" })), BUILTIN_TRAINER_ADDRESS);
    expect(html).toContain('<h1>Loom 1.0.0 <span class="badge">Built in</span></h1>');
    expect(html).toContain(`<dt>Signed by</dt><dd><span class="mono">${BUILTIN_TRAINER_ADDRESS}</span>, the trainer</dd>`);
    expect(html).toContain("the trainer&#x27;s share of each work is 20% (the default: the model sets none)");
    expect(html).not.toContain("Retire");
  });

  test.each([
    ["an unknown id", "no-such-model"],
    ["a malformed id", "bad id!"],
  ])("error: /models/:id is not found for %s", async (_name, id) => {
    const { default: ModelPage } = await import("@/app/models/[id]/page");
    await expect(ModelPage(params({ id }))).rejects.toThrow("NEXT_NOT_FOUND");
  });

  test("default: /trainers/:address lists the trainer's models, retired included, the works, and where to withdraw", async () => {
    const { default: TrainerPage } = await import("@/app/trainers/[address]/page");
    const html = await render(TrainerPage(params({ address: ALICE.address.toLowerCase() })));
    expect(html).toContain(`<p class="lead mono">${ALICE.address}</p>`);
    expect(html).toContain(`<a href="/profile/${ALICE.address}#withdraw">withdraw from ${ALICE.address.slice(0, 6)}…${ALICE.address.slice(-4)}&#x27;s profile</a>`);
    expect(html).toContain('<h2 id="models">Models (2)</h2>');
    expect(html).toContain(`<a href="/models/${ember.id}">Ember 1.0.0</a>`);
    expect(html).toContain(
      `<a href="/models/${cinder.id}">Cinder 1.0.0</a></th><td data-label="Kind">text to image</td><td data-label="Licence">CC-BY-4.0</td>` +
        `<td data-label="Trainer&#x27;s share">15%</td><td data-label="Minted works">0</td><td data-label="Status">retired</td>`,
    );
    expect(html).toContain('<h2 id="works">Works made with these models (2)</h2>');
    expect(html).toContain('href="/works/1"');
  });

  test("behavior: an address with no models gets an empty page, not a 404", async () => {
    const { default: TrainerPage } = await import("@/app/trainers/[address]/page");
    const html = await render(TrainerPage(params({ address: BOB.address })));
    expect(html).toContain("No models registered by this address.");
    expect(html).toContain('<h2 id="works">Works made with these models (0)</h2>');
  });

  test("error: /trainers/:address is not found for a malformed address", async () => {
    const { default: TrainerPage } = await import("@/app/trainers/[address]/page");
    await expect(TrainerPage(params({ address: "0x1234" }))).rejects.toThrow("NEXT_NOT_FOUND");
  });

  test("default: /models/new fills the trainer with the connected account, read-only, and asks for the file first", async () => {
    const { default: NewModelPage } = await import("@/app/models/new/page");
    const html = await render(NewModelPage(), ALICE.address);
    expect(html).toContain('<input id="model-file" type="file" accept=".onnx" aria-describedby="model-file-hint model-file-error"/>');
    expect(html).toContain(`<input id="model-trainer" class="mono" placeholder="Connect your wallet" readOnly="" aria-describedby="model-trainer-hint model-trainer-error" value="${ALICE.address}"/>`);
    expect(html).toContain("At most 64 MB.");
    expect(html).toContain('<button type="button" class="button">Sign the card</button>');
    expect(html).toContain('<button type="button" class="button primary" disabled="">Register the model</button>');
    expect(await render(NewModelPage())).toContain('<button type="button" class="button">Connect wallet</button>');
  });
});
