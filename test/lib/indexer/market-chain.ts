import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  Contract,
  ContractFactory,
  HDNodeWallet,
  JsonRpcProvider,
  Wallet,
  sha256,
  toUtf8Bytes,
  type ContractTransactionResponse,
  type InterfaceAbi,
} from "ethers";
import { JsonRpcServer } from "hardhat/internal/hardhat-network/jsonrpc/server";
import { createHardhatNetwork } from "@/lib/chain/create-hardhat-network";
import { deployContracts } from "@/lib/chain/deploy-contracts";
import { DEV_MNEMONIC } from "@/lib/chain/local-chain-constants";
import type { Deployment } from "@/lib/chain/read-deployment";
import { MINT_REQUEST_TYPES, artworkDomain, roleId, sortShares } from "@/lib/contracts/mint-request";
import { applyMigrations } from "@/lib/db/apply-migrations";
import type { Database } from "@/lib/db/database";
import { openDatabase } from "@/lib/db/open-database";
import { artworkInterface, auctionHouseInterface, royaltySplitterInterface } from "@/lib/contracts/contract-interfaces";
import { indexerContractsOf, type IndexerContracts } from "@/lib/indexer/indexer-contracts";

// A real chain and a real database for the indexer and market tests (and the web
// benchmark's seed): Hardhat Network in this process served over HTTP with the contracts
// deployed by lib/chain, dev accounts as wallets, and a PGlite data directory in the OS temp
// dir with the repository's migrations.

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Seconds an auction counts down in these tests (the contract's minimum). */
export const AUCTION_DURATION = 900;

const ETH = 10n ** 18n;
/** `n` thousandths of an ether, in wei. */
export const milliEth = (n: number | bigint) => (BigInt(n) * ETH) / 1000n;

export interface MinedWork {
  tokenId: bigint;
  splitter: string;
  contentHash: string;
  recordHash: string;
  txHash: string;
}

export interface RefusingBidder {
  /** Lowercase address of the contract. */
  address: string;
  bid(auctionId: bigint, amount: bigint): Promise<string>;
  setRefusing(refusing: boolean): Promise<string>;
  withdraw(): Promise<string>;
}

export interface MarketChain {
  rpcUrl: string;
  /** Folder holding `<chainId>.json` of this deployment (DEPLOYMENTS_DIR for scripts). */
  deploymentsDir: string;
  chainId: number;
  deployment: Deployment;
  contracts: IndexerContracts;
  provider: JsonRpcProvider;
  attestor: HDNodeWallet;
  /** Dev accounts 0..9 (0 deployed the contracts and receives the platform fee). */
  accounts: HDNodeWallet[];
  /**
   * Mints a work for `contributor` (split: contributor 70%, accounts[2] trainer 20%,
   * accounts[3] platform 10%); its content hash is `contentHash` (the sha256 of real image
   * bytes) or else made up from the label.
   */
  mint(contributor: HDNodeWallet, label?: string, contentHash?: string): Promise<MinedWork>;
  /** Approves the house and opens an auction; returns its id. */
  createAuction(seller: HDNodeWallet, tokenId: bigint, reserve: bigint, duration?: number): Promise<bigint>;
  bid(bidder: HDNodeWallet, auctionId: bigint, amount: bigint): Promise<string>;
  settle(sender: HDNodeWallet, auctionId: bigint): Promise<string>;
  cancel(seller: HDNodeWallet, auctionId: bigint): Promise<string>;
  transfer(from: HDNodeWallet, to: string, tokenId: bigint): Promise<string>;
  /** RoyaltySplitter.withdraw(ETH, account), sent by `sender`. */
  withdrawFromSplitter(sender: HDNodeWallet, splitter: string, account: string): Promise<string>;
  /**
   * Deploys a bidder contract whose receive reverts while refusing (contracts/test/
   * RevertingBidder.sol), so refunds to it are deferred to AuctionHouse credit.
   */
  deployRefusingBidder(owner: HDNodeWallet): Promise<RefusingBidder>;
  /** Moves the chain clock and mines a block. */
  increaseTime(seconds: number): Promise<void>;
  snapshot(): Promise<string>;
  revert(id: string): Promise<void>;
  blockNumber(): Promise<number>;
  close(): Promise<void>;
}

let labels = 0;

/** Starts the chain and deploys; see the file comment. */
export async function startMarketChain(): Promise<MarketChain> {
  const deploymentsDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-market-deploy-"));
  const attestor = Wallet.createRandom();
  const { provider: network } = await createHardhatNetwork({ genesisTimestamp: Math.floor(Date.now() / 1000) - 60 });
  const server = new JsonRpcServer({ hostname: "127.0.0.1", port: 0, provider: network });
  const { address, port } = await server.listen();
  const rpcUrl = `http://${address}:${port}`;
  const provider = new JsonRpcProvider(rpcUrl, undefined, { pollingInterval: 50, cacheTimeout: -1, staticNetwork: true });
  const accounts = Array.from({ length: 10 }, (_, i) =>
    HDNodeWallet.fromPhrase(DEV_MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`).connect(provider),
  );
  const { deployment } = await deployContracts({
    rpcUrl,
    deployerPrivateKey: accounts[0]!.privateKey,
    attestorAddress: attestor.address,
    deploymentsDir,
    artifactsDir: path.join(ROOT, "artifacts"),
  });
  const artworkAddress = deployment.contracts.Artwork.address;
  const houseAddress = deployment.contracts.AuctionHouse.address;
  const artworkAs = (w: HDNodeWallet) => new Contract(artworkAddress, artworkInterface, w);
  const houseAs = (w: HDNodeWallet) => new Contract(houseAddress, auctionHouseInterface, w);
  // Each account's nonce is counted here: back-to-back sends must not reuse one.
  const nonces = new Map<string, number>();
  const nextNonce = async (w: HDNodeWallet) => {
    const n = nonces.get(w.address) ?? (await provider.getTransactionCount(w.address, "latest"));
    nonces.set(w.address, n + 1);
    return n;
  };
  const send = async (w: HDNodeWallet, run: (overrides: { nonce: number }) => Promise<ContractTransactionResponse>) => {
    const tx = await run({ nonce: await nextNonce(w) });
    const receipt = await tx.wait();
    if (receipt === null || receipt.status !== 1) throw new Error(`transaction ${tx.hash} failed`);
    return receipt;
  };

  const chain: MarketChain = {
    rpcUrl,
    deploymentsDir,
    chainId: deployment.chainId,
    deployment,
    contracts: indexerContractsOf(deployment),
    provider,
    attestor,
    accounts,
    async mint(contributor, label = `work-${(labels += 1)}-${Math.random()}`, givenContentHash) {
      const latest = await provider.getBlock("latest");
      const contentHash = givenContentHash ?? sha256(toUtf8Bytes(`image:${label}`));
      const recordHash = sha256(toUtf8Bytes(`record:${label}`));
      const request = {
        to: contributor.address,
        contributor: contributor.address,
        contentHash,
        recordHash,
        modelHash: sha256(toUtf8Bytes("model")),
        trainer: accounts[2]!.address,
        metadataDigest: sha256(toUtf8Bytes(`metadata:${label}`)),
        royaltyBps: 1000,
        deadline: BigInt(latest!.timestamp + 3600),
        nonce: BigInt(sha256(toUtf8Bytes(`nonce:${label}`))),
        shares: sortShares([
          { account: contributor.address, role: roleId("prompter"), bps: 7000 },
          { account: accounts[2]!.address, role: roleId("trainer"), bps: 2000 },
          { account: accounts[3]!.address, role: roleId("platform"), bps: 1000 },
        ]),
      };
      const signature = await attestor.signTypedData(artworkDomain(deployment.chainId, artworkAddress), MINT_REQUEST_TYPES as never, request);
      const receipt = await send(contributor, (o) => artworkAs(contributor).getFunction("mint")(request, signature, o));
      const minted = receipt.logs.map((l) => artworkInterface.parseLog(l)).find((e) => e?.name === "ArtworkMinted")!;
      return {
        tokenId: minted.args.getValue("tokenId") as bigint,
        splitter: (minted.args.getValue("splitter") as string).toLowerCase(),
        contentHash: contentHash.toLowerCase(),
        recordHash: recordHash.toLowerCase(),
        txHash: receipt.hash.toLowerCase(),
      };
    },
    async createAuction(seller, tokenId, reserve, duration = AUCTION_DURATION) {
      await send(seller, (o) => artworkAs(seller).getFunction("approve")(houseAddress, tokenId, o));
      const receipt = await send(seller, (o) => houseAs(seller).getFunction("createAuction")(artworkAddress, tokenId, reserve, duration, o));
      const created = receipt.logs.map((l) => auctionHouseInterface.parseLog(l)).find((e) => e?.name === "AuctionCreated")!;
      return created.args.getValue("auctionId") as bigint;
    },
    async bid(bidder, auctionId, amount) {
      return (await send(bidder, (o) => houseAs(bidder).getFunction("placeBid")(auctionId, { ...o, value: amount }))).hash;
    },
    async settle(sender, auctionId) {
      return (await send(sender, (o) => houseAs(sender).getFunction("settle")(auctionId, o))).hash;
    },
    async cancel(seller, auctionId) {
      return (await send(seller, (o) => houseAs(seller).getFunction("cancelAuction")(auctionId, o))).hash;
    },
    async transfer(from, to, tokenId) {
      return (await send(from, (o) => artworkAs(from).getFunction("transferFrom")(from.address, to, tokenId, o))).hash;
    },
    async withdrawFromSplitter(sender, splitter, account) {
      const contract = new Contract(splitter, royaltySplitterInterface, sender);
      return (await send(sender, (o) => contract.getFunction("withdraw")("0x0000000000000000000000000000000000000000", account, o))).hash;
    },
    async deployRefusingBidder(owner) {
      // Test contracts live in contracts/test/, so their artifacts one folder deeper.
      const file = path.join(ROOT, "artifacts", "contracts", "test", "RevertingBidder.sol", "RevertingBidder.json");
      const artifact = JSON.parse(fs.readFileSync(file, "utf8")) as { abi: InterfaceAbi; bytecode: string };
      const factory = new ContractFactory(artifact.abi, artifact.bytecode, owner);
      const deployed = await factory.deploy(houseAddress, { nonce: await nextNonce(owner) });
      await deployed.waitForDeployment();
      const contract = new Contract(await deployed.getAddress(), artifact.abi, owner);
      return {
        address: (await deployed.getAddress()).toLowerCase(),
        bid: async (auctionId, amount) =>
          (await send(owner, (o) => contract.getFunction("bid")(auctionId, { ...o, value: amount }))).hash,
        setRefusing: async (refusing) => (await send(owner, (o) => contract.getFunction("setRefusing")(refusing, o))).hash,
        withdraw: async () => (await send(owner, (o) => contract.getFunction("withdraw")(o))).hash,
      };
    },
    async increaseTime(seconds) {
      await provider.send("evm_increaseTime", [seconds]);
      await provider.send("evm_mine", []);
    },
    snapshot: () => provider.send("evm_snapshot", []) as Promise<string>,
    async revert(id) {
      if ((await provider.send("evm_revert", [id])) !== true) throw new Error(`evm_revert ${id} failed`);
      // Nonces of the reverted transactions are free again.
      nonces.clear();
    },
    blockNumber: async () => Number(BigInt(await provider.send("eth_blockNumber", []))),
    async close() {
      provider.destroy();
      await server.close();
      fs.rmSync(deploymentsDir, { recursive: true, force: true });
    },
  };
  return chain;
}

/** A PGlite database with the repository's migrations in a fresh temp directory. */
export interface TestDatabase {
  dataDir: string;
  db: Database;
  /** Closes and opens the same directory again (a process restart). */
  reopen(): Promise<Database>;
  close(): Promise<void>;
}

export async function openTestDatabase(prefix = "colophon-index-"): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const handle: TestDatabase = {
    dataDir,
    db: await openDatabase({ dataDir }),
    async reopen() {
      await handle.db.close();
      handle.db = await openDatabase({ dataDir });
      return handle.db;
    },
    async close() {
      await handle.db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await applyMigrations(handle.db, { migrationsDir: path.join(ROOT, "prisma", "migrations") });
  return handle;
}
