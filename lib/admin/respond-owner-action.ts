import "server-only";
import type { z } from "zod";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { parseInput, readJsonBody } from "@/lib/provenance/server/record-request-schemas";
import { respondError, respondJson } from "@/lib/provenance/server/respond";
import type { PreparedOwnerTransaction } from "./admin-json";
import { getAdminChain, type AdminChain } from "./get-admin-chain";
import type { OwnedContractName } from "./owned-contracts";
import { requireContractOwner } from "./require-contract-owner";

/** What one owner-only admin route does: whose contract, what body, which transaction. */
export interface OwnerAction<Schema extends z.ZodType> {
  contract: OwnedContractName;
  schema: Schema;
  prepare(parameters: { chain: AdminChain; owner: string; input: z.output<Schema> }): Promise<PreparedOwnerTransaction>;
}

/**
 * The whole answer of an owner-only admin route, in the one order every such route keeps:
 * signed in (401), then the contract's on-chain owner (403), and only then the body (400),
 * so a stranger learns nothing of its rules; then the prepared, simulated transaction.
 */
export async function respondOwnerAction<Schema extends z.ZodType>(request: Request, action: OwnerAction<Schema>): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const chain = await getAdminChain();
    const owner = await requireContractOwner({ chain, contract: action.contract, address });
    const input = parseInput(action.schema, await readJsonBody(request));
    return respondJson(await action.prepare({ chain, owner, input }));
  } catch (error) {
    return respondError(error);
  }
}
