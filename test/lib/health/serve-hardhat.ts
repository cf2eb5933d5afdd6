// Type-only: brings in the `hre.ethers` typings; hardhat.config.cjs loads the plugin itself.
import type {} from "@nomicfoundation/hardhat-ethers";
import hre from "hardhat";
import { JsonRpcServer } from "hardhat/internal/hardhat-network/jsonrpc/server";
import { Wallet } from "ethers";

/** A real chain for the health tests: Hardhat Network in this process, served over HTTP. */
export interface ServedChain {
  rpcUrl: string;
  chainId: number;
  /** Addresses as a deployments/<chainId>.json would list them. */
  contracts: { Artwork: string; AuctionHouse: string; RoyaltySplitter: string };
  /** Address authorised as attestor on Artwork. */
  attestor: string;
  close(): Promise<void>;
}

/**
 * Deploys the three protocol contracts on Hardhat's in-process network, authorises
 * `attestorAddress` (a fresh random one by default), and serves the network over HTTP on a
 * free loopback port, so the probes talk to it exactly as they talk to a real node.
 */
export async function serveHardhat(attestorAddress = Wallet.createRandom().address): Promise<ServedChain> {
  const { ethers } = hre;
  const [owner] = await ethers.getSigners();
  const splitter = await (await ethers.getContractFactory("RoyaltySplitter")).deploy();
  const artwork = await (
    await ethers.getContractFactory("Artwork")
  ).deploy("Colophon", "CLPH", owner.address, await splitter.getAddress());
  const house = await (await ethers.getContractFactory("AuctionHouse")).deploy(owner.address, owner.address, 0);
  await (await artwork.getFunction("setAttestor")(attestorAddress, true)).wait();

  const server = new JsonRpcServer({ hostname: "127.0.0.1", port: 0, provider: hre.network.provider });
  const { address, port } = await server.listen();
  const { chainId } = await ethers.provider.getNetwork();
  return {
    rpcUrl: `http://${address}:${port}`,
    chainId: Number(chainId),
    contracts: {
      Artwork: await artwork.getAddress(),
      AuctionHouse: await house.getAddress(),
      RoyaltySplitter: await splitter.getAddress(),
    },
    attestor: attestorAddress,
    close: () => server.close(),
  };
}
