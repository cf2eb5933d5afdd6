import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ChainError } from "./chain-error";

/** The fields of a Hardhat artifact that deploying needs. */
export const contractArtifactSchema = z.object({
  contractName: z.string(),
  abi: z.array(z.record(z.string(), z.unknown())),
  /** Creation bytecode, 0x-prefixed. */
  bytecode: z.string().startsWith("0x"),
});

export type ContractArtifact = z.infer<typeof contractArtifactSchema>;

/**
 * Loads `<artifactsDir>/contracts/<name>.sol/<name>.json`, the artifact Hardhat writes for
 * a contract in `contracts/<name>.sol`. ABIs and bytecode always come from the build, never
 * from copies in the code. Fails with `ARTIFACT_NOT_FOUND` when the file is missing,
 * malformed, abstract (no bytecode) or needs library linking.
 */
export async function loadContractArtifact(artifactsDir: string, name: string): Promise<ContractArtifact> {
  const file = path.resolve(artifactsDir, "contracts", `${name}.sol`, `${name}.json`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === "ENOENT";
    throw new ChainError({
      code: "ARTIFACT_NOT_FOUND",
      message: missing
        ? `The artifact of ${name} is missing (${file}). Compile the contracts with \`npm run compile\`.`
        : `The artifact of ${name} (${file}) is not valid JSON. Recompile with \`npm run compile\`.`,
      details: { path: file, contract: name },
      cause,
    });
  }
  const parsed = contractArtifactSchema.safeParse(json);
  if (!parsed.success) {
    throw new ChainError({
      code: "ARTIFACT_NOT_FOUND",
      message: `The artifact of ${name} (${file}) has no usable ABI or bytecode: ${z.prettifyError(parsed.error)}`,
      details: { path: file, contract: name },
      cause: parsed.error,
    });
  }
  if (parsed.data.bytecode.length <= 2) {
    throw new ChainError({
      code: "ARTIFACT_NOT_FOUND",
      message: `The artifact of ${name} has no bytecode: the contract is abstract or an interface.`,
      details: { path: file, contract: name },
    });
  }
  if (parsed.data.bytecode.includes("__$")) {
    // Unlinked library placeholders: deploying this bytecode would fail on-chain.
    throw new ChainError({
      code: "ARTIFACT_NOT_FOUND",
      message: `The artifact of ${name} needs external libraries linked, which deployContracts does not do.`,
      details: { path: file, contract: name },
    });
  }
  return parsed.data;
}
