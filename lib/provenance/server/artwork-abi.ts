import type { InterfaceAbi } from "ethers";
import artworkArtifact from "@/artifacts/contracts/Artwork.sol/Artwork.json";

/**
 * Artwork's ABI, from the Hardhat build (never a hand-written copy, so it cannot drift from
 * the deployed code). `npm start` compiles the contracts before it builds the web app.
 */
export const ARTWORK_ABI = artworkArtifact.abi as InterfaceAbi;
