import { readFile } from "node:fs/promises";
import path from "node:path";
import { getAddress, isAddress } from "ethers";
import { z } from "zod";
import { ChainError } from "./chain-error";

const addressSchema = z
  .string()
  .refine((value) => isAddress(value), "an EVM address")
  .transform((value) => getAddress(value));

const hash32Schema = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "a 0x-prefixed 32-byte hex hash");

/** Where one contract was deployed and from which build. */
export const contractDeploymentSchema = z.object({
  /** Checksummed contract address. */
  address: addressSchema,
  /** Hash of the deploy transaction. */
  txHash: hash32Schema,
  /** Block the deploy transaction was mined in. */
  blockNumber: z.number().int().nonnegative(),
  /** keccak256 of the artifact's creation bytecode, to notice a recompiled contract. */
  bytecodeHash: hash32Schema,
});

export type ContractDeployment = z.infer<typeof contractDeploymentSchema>;

/** Contents of `deployments/<chainId>.json`. */
export const deploymentSchema = z.object({
  chainId: z.number().int().positive(),
  /** Account that sent the deploy transactions and owns the contracts. */
  deployer: addressSchema,
  /** Block of the first deploy transaction: event scans start here. */
  deployBlock: z.number().int().nonnegative(),
  /** Wall-clock time of the deployment (ISO 8601). */
  deployedAt: z.string(),
  contracts: z.object({
    /** Implementation that Artwork clones for each split set. */
    RoyaltySplitter: contractDeploymentSchema,
    Artwork: contractDeploymentSchema,
    AuctionHouse: contractDeploymentSchema,
  }),
});

export type Deployment = z.infer<typeof deploymentSchema>;

/** Path of the deployment file of a chain. */
export function deploymentPath(deploymentsDir: string, chainId: number): string {
  return path.resolve(deploymentsDir, `${chainId}.json`);
}

/**
 * Reads and validates `deployments/<chainId>.json`.
 *
 * Fails with `DEPLOYMENT_NOT_FOUND` when the file does not exist and `DEPLOYMENT_INVALID`
 * when it is not JSON, does not match {@link deploymentSchema} (every wrong field is
 * listed), or names another chain id than its file name.
 */
export async function readDeployment(deploymentsDir: string, chainId: number): Promise<Deployment> {
  const file = deploymentPath(deploymentsDir, chainId);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ChainError({
        code: "DEPLOYMENT_NOT_FOUND",
        message: `No contracts are recorded for chain ${chainId}: ${file} does not exist. Deploy them first (npm start does it for the local chain).`,
        details: { path: file, chainId },
      });
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ChainError({
      code: "DEPLOYMENT_INVALID",
      message: `${file} is not valid JSON. Fix it or delete it to deploy again.`,
      details: { path: file, chainId },
      cause,
    });
  }
  const parsed = deploymentSchema.safeParse(json);
  if (!parsed.success) {
    throw new ChainError({
      code: "DEPLOYMENT_INVALID",
      message: `${file} does not match the deployment format:\n${z.prettifyError(parsed.error)}`,
      details: {
        path: file,
        chainId,
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
      },
      cause: parsed.error,
    });
  }
  if (parsed.data.chainId !== chainId) {
    throw new ChainError({
      code: "DEPLOYMENT_INVALID",
      message: `${file} records chain ${parsed.data.chainId}, not ${chainId}. Each chain has its own file.`,
      details: { path: file, chainId, recordedChainId: parsed.data.chainId },
    });
  }
  return parsed.data;
}
