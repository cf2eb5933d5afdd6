import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  Contract,
  ContractFactory,
  getAddress,
  Interface,
  JsonRpcProvider,
  keccak256,
  NonceManager,
  Wallet,
  type ContractTransactionReceipt,
  type ContractTransactionResponse,
  type InterfaceAbi,
  type Provider,
  type Signer,
  type TransactionReceipt,
} from "ethers";
import { ChainError } from "./chain-error";
import { loadContractArtifact, type ContractArtifact } from "./load-contract-artifact";
import {
  deploymentPath,
  deploymentSchema,
  readDeployment,
  type ContractDeployment,
  type Deployment,
} from "./read-deployment";

export type DeployContractsParameters = {
  /** JSON-RPC URL of the chain. */
  rpcUrl: string;
  /** Key of the deploying account. Only used to sign; never logged or written anywhere. */
  deployerPrivateKey?: string;
  /** A signer to deploy with instead of a key (e.g. an unlocked dev account). */
  signer?: Signer;
  /** Address Artwork accepts generation attestations from. */
  attestorAddress: string;
  /** Folder of `<chainId>.json` files (the repository's `deployments/`). */
  deploymentsDir: string;
  /** Hardhat's artifacts folder (the repository's `artifacts/`). */
  artifactsDir: string;
  /** Artwork's ERC-721 name; defaults to "Colophon". */
  artworkName?: string;
  /** Artwork's ERC-721 symbol; defaults to "CLPH". */
  artworkSymbol?: string;
  /** Recipient of the auction platform fee; defaults to the deployer. */
  feeRecipient?: string;
  /** Auction platform fee in basis points; defaults to 0. */
  feeBps?: number;
};

export type DeployContractsReturnType = {
  /** "deployed": new contracts and a new file; "reused": the file's contracts are live. */
  status: "deployed" | "reused";
  deployment: Deployment;
  /** Absolute path of the deployment file. */
  path: string;
  /** Hash of the setAttestor transaction this call sent, if the attestor was not yet allowed. */
  attestorTxHash: string | undefined;
  /** Things the caller should tell a person, e.g. a contract recompiled since deployment. */
  warnings: string[];
};

/** Contract names in deploy order; each is `contracts/<Name>.sol`. */
const CONTRACT_NAMES = ["RoyaltySplitter", "Artwork", "AuctionHouse"] as const;
type ContractName = (typeof CONTRACT_NAMES)[number];

/**
 * Deploys RoyaltySplitter, Artwork and AuctionHouse once per chain and authorises the
 * attestor on Artwork.
 *
 * Idempotent: when `deployments/<chainId>.json` exists and every address in it has code,
 * nothing is deployed and the file is left as it is; only the attestor is authorised if it
 * is not yet. When the file is missing, or points at addresses without code (the chain was
 * reset), all three are deployed and the file is written (atomically: a crash never leaves
 * half a file). A deployment interrupted before the file was written is simply repeated.
 */
export async function deployContracts({
  rpcUrl,
  deployerPrivateKey,
  signer: givenSigner,
  attestorAddress,
  deploymentsDir,
  artifactsDir,
  artworkName = "Colophon",
  artworkSymbol = "CLPH",
  feeRecipient,
  feeBps = 0,
}: DeployContractsParameters): Promise<DeployContractsReturnType> {
  if ((deployerPrivateKey === undefined) === (givenSigner === undefined)) {
    throw new TypeError("deployContracts needs exactly one of deployerPrivateKey and signer");
  }
  // ethers caches identical requests for 250 ms by default, which hands out the same
  // nonce to back-to-back deploys; this provider asks the chain every time.
  const ownProvider = givenSigner?.provider
    ? undefined
    : new JsonRpcProvider(rpcUrl, undefined, { pollingInterval: 100, cacheTimeout: -1 });
  try {
    const provider: Provider = givenSigner?.provider ?? ownProvider!;
    // The key is handed to ethers' Wallet and nowhere else; errors below never include it.
    // A local nonce count, so back-to-back sends never depend on a provider's cached view
    // of the account (a caller's Wallet may sit on a caching provider).
    const signer = new NonceManager(givenSigner ?? new Wallet(deployerPrivateKey!, provider));
    const chainId = Number((await provider.getNetwork()).chainId);
    const deployer = getAddress(await signer.getAddress());
    const attestor = getAddress(attestorAddress);
    const artifacts = await loadArtifacts(artifactsDir);
    const file = deploymentPath(deploymentsDir, chainId);
    const warnings: string[] = [];

    let deployment = await readExisting(deploymentsDir, chainId);
    let status: DeployContractsReturnType["status"] = "reused";
    if (deployment !== undefined) {
      const missing = await contractsWithoutCode(provider, deployment);
      if (missing.length > 0) {
        warnings.push(
          `${file} pointed at ${missing.join(", ")} without code on chain ${chainId} (the chain was reset); deployed the contracts again`,
        );
        deployment = undefined;
      } else {
        for (const name of CONTRACT_NAMES) {
          if (deployment.contracts[name].bytecodeHash !== keccak256(artifacts[name].bytecode)) {
            warnings.push(
              `${name} was recompiled since it was deployed at ${deployment.contracts[name].address}; the chain runs the old code. Delete ${file} to deploy the new one.`,
            );
          }
        }
      }
    }
    if (deployment === undefined) {
      status = "deployed";
      deployment = await deployAll({ signer, chainId, deployer, artifacts, artworkName, artworkSymbol, feeRecipient: feeRecipient ?? deployer, feeBps });
      await writeDeployment(file, deployment);
    }

    const attestorTxHash = await authoriseAttestor(signer, artifacts.Artwork, deployment.contracts.Artwork.address, attestor);
    await markPrimaryCollection(signer, artifacts.AuctionHouse, deployment.contracts.AuctionHouse.address, deployment.contracts.Artwork.address);
    return { status, deployment, path: file, attestorTxHash, warnings };
  } finally {
    ownProvider?.destroy();
  }
}

/** Loads the artifacts one after another, so a missing build is always reported by the first name in CONTRACT_NAMES. */
async function loadArtifacts(artifactsDir: string): Promise<Record<ContractName, ContractArtifact>> {
  const loaded: Partial<Record<ContractName, ContractArtifact>> = {};
  for (const name of CONTRACT_NAMES) loaded[name] = await loadContractArtifact(artifactsDir, name);
  return loaded as Record<ContractName, ContractArtifact>;
}

async function readExisting(deploymentsDir: string, chainId: number): Promise<Deployment | undefined> {
  try {
    return await readDeployment(deploymentsDir, chainId);
  } catch (error) {
    // A missing file means "deploy"; an invalid one is left for a person to look at.
    if (error instanceof ChainError && error.code === "DEPLOYMENT_NOT_FOUND") return undefined;
    throw error;
  }
}

async function contractsWithoutCode(provider: Provider, deployment: Deployment): Promise<ContractName[]> {
  const codes = await Promise.all(CONTRACT_NAMES.map((name) => provider.getCode(deployment.contracts[name].address)));
  return CONTRACT_NAMES.filter((_, index) => codes[index] === "0x");
}

async function deployAll({
  signer,
  chainId,
  deployer,
  artifacts,
  artworkName,
  artworkSymbol,
  feeRecipient,
  feeBps,
}: {
  signer: Signer;
  chainId: number;
  deployer: string;
  artifacts: Record<ContractName, ContractArtifact>;
  artworkName: string;
  artworkSymbol: string;
  feeRecipient: string;
  feeBps: number;
}): Promise<Deployment> {
  const splitter = await deployOne(signer, "RoyaltySplitter", artifacts.RoyaltySplitter, []);
  const artwork = await deployOne(signer, "Artwork", artifacts.Artwork, [artworkName, artworkSymbol, deployer, splitter.address]);
  const auctionHouse = await deployOne(signer, "AuctionHouse", artifacts.AuctionHouse, [deployer, getAddress(feeRecipient), feeBps]);
  return deploymentSchema.parse({
    chainId,
    deployer,
    deployBlock: splitter.blockNumber,
    deployedAt: new Date().toISOString(),
    contracts: { RoyaltySplitter: splitter, Artwork: artwork, AuctionHouse: auctionHouse },
  });
}

async function deployOne(
  signer: Signer,
  name: ContractName,
  artifact: ContractArtifact,
  args: unknown[],
): Promise<ContractDeployment> {
  try {
    const factory = new ContractFactory(artifact.abi as InterfaceAbi, artifact.bytecode, signer);
    const contract = await factory.deploy(...args);
    const tx = contract.deploymentTransaction()!;
    const receipt = await waitForSuccess(tx, `deploying ${name}`);
    return {
      address: getAddress(receipt.contractAddress!),
      txHash: receipt.hash,
      blockNumber: receipt.blockNumber,
      bytecodeHash: keccak256(artifact.bytecode),
    };
  } catch (error) {
    throw deploymentFailed(`Deploying ${name} failed`, error, artifact.abi, { contract: name });
  }
}

async function authoriseAttestor(
  signer: Signer,
  artworkArtifact: ContractArtifact,
  artworkAddress: string,
  attestor: string,
): Promise<string | undefined> {
  try {
    const artwork = new Contract(artworkAddress, artworkArtifact.abi as InterfaceAbi, signer);
    if ((await artwork.getFunction("isAttestor")(attestor)) === true) return undefined;
    const tx = (await artwork.getFunction("setAttestor")(attestor, true)) as ContractTransactionResponse;
    const receipt = await waitForSuccess(tx, "authorising the attestor");
    return receipt.hash;
  } catch (error) {
    throw deploymentFailed(`Authorising attestor ${attestor} on Artwork ${artworkAddress} failed`, error, artworkArtifact.abi, {
      attestor,
      artwork: artworkAddress,
    });
  }
}

/** Contributor sales of our Artwork are first sales paid to the split; idempotent. */
async function markPrimaryCollection(
  signer: Signer,
  houseArtifact: ContractArtifact,
  houseAddress: string,
  artworkAddress: string,
): Promise<void> {
  try {
    const house = new Contract(houseAddress, houseArtifact.abi as InterfaceAbi, signer);
    if ((await house.getFunction("isPrimaryCollection")(artworkAddress)) === true) return;
    const tx = (await house.getFunction("setPrimaryCollection")(artworkAddress, true)) as ContractTransactionResponse;
    await waitForSuccess(tx, "marking the Artwork as a primary collection");
  } catch (error) {
    throw deploymentFailed(`Marking Artwork ${artworkAddress} as primary on AuctionHouse ${houseAddress} failed`, error, houseArtifact.abi, {
      artwork: artworkAddress,
      house: houseAddress,
    });
  }
}

async function waitForSuccess(
  tx: ContractTransactionResponse,
  what: string,
): Promise<ContractTransactionReceipt | TransactionReceipt> {
  const receipt = await tx.wait();
  if (receipt === null || receipt.status !== 1) {
    throw new Error(`the transaction ${tx.hash} ${what} did not succeed`);
  }
  return receipt;
}

/**
 * Wraps a deploy failure in words: the custom error decoded from the ABI (ethers does it)
 * with its arguments, or ethers' short message.
 */
function deploymentFailed(
  prefix: string,
  error: unknown,
  abi: ContractArtifact["abi"],
  details: Record<string, unknown>,
): ChainError {
  if (error instanceof ChainError) return error;
  const reason = revertReason(error, abi);
  return new ChainError({
    code: "DEPLOYMENT_FAILED",
    message: `${prefix}: ${reason}`,
    details: { ...details, reason },
    cause: error,
  });
}

/**
 * The custom error with its arguments when the revert data matches the ABI. ethers decodes
 * it only for calls it makes through the contract; a failed gas estimate of a send comes
 * back as "unknown custom error" with the raw data, decoded here.
 */
function revertReason(error: unknown, abi: ContractArtifact["abi"]): string {
  const withData = error as {
    revert?: { name: string; args: unknown[] } | null;
    data?: unknown;
    shortMessage?: string;
    message?: string;
  };
  let revert = withData.revert ?? undefined;
  if (revert === undefined && typeof withData.data === "string" && withData.data.length >= 10) {
    try {
      revert = new Interface(abi as InterfaceAbi).parseError(withData.data) ?? undefined;
    } catch {
      // Not an error of this ABI; fall back to ethers' message.
    }
  }
  if (revert !== undefined) return `${revert.name}(${revert.args.map(String).join(", ")})`;
  return withData.shortMessage ?? withData.message ?? String(error);
}

/** Writes the file through a temporary name so a crash never leaves half a file. */
async function writeDeployment(file: string, deployment: Deployment): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(deployment, null, 2)}\n`);
  await rename(temporary, file);
}
