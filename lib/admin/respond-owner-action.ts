import "server-only";
import type { z } from "zod";
import { parseInput } from "@/lib/http/parse-input";
import { readJsonBody } from "@/lib/http/read-json-body";
import { respondJson } from "@/lib/http/respond-json";
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
 * The answer of an owner-only admin route for the signed-in `address` (the route's
 * `withSession` checked the session, 401), in the one order every such route keeps: the
 * contract's on-chain owner (403), and only then the body (415, 413, 400), so a stranger
 * learns nothing of its rules; then the prepared, simulated transaction.
 */
export async function respondOwnerAction<Schema extends z.ZodType>(request: Request, address: string, action: OwnerAction<Schema>): Promise<Response> {
  const chain = await getAdminChain();
  const owner = await requireContractOwner({ chain, contract: action.contract, address });
  const input = parseInput(action.schema, await readJsonBody(request));
  return respondJson(await action.prepare({ chain, owner, input }));
}
