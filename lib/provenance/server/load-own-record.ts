import { getAddress } from "ethers";
import type { ProvenanceRecord as ProvenanceRecordRow } from "@/lib/db/generated/client";
import type { ProvenanceDeps } from "./provenance-deps";
import { ProvenanceFlowError } from "./provenance-flow-error";

/**
 * A provenance record row that the signed-in account may act on: it must exist (404 naming
 * `id`) and belong to that account as contributor (403).
 */
export async function loadOwnRecord({
  deps,
  recordId,
  signedIn,
}: {
  deps: Pick<ProvenanceDeps, "prisma">;
  recordId: string;
  signedIn: string;
}): Promise<ProvenanceRecordRow> {
  const row = await deps.prisma.provenanceRecord.findUnique({ where: { id: recordId } });
  if (row === null) {
    throw new ProvenanceFlowError({ code: "NOT_FOUND", message: `No record ${recordId}`, details: { field: "id", reason: "not found" } });
  }
  const contributor = getAddress(row.contributor);
  if (contributor !== getAddress(signedIn)) {
    throw new ProvenanceFlowError({
      code: "FORBIDDEN",
      message: `Only the record's contributor ${contributor} may do this; you are signed in as ${getAddress(signedIn)}`,
      details: { field: "id", reason: "not the contributor", contributor },
    });
  }
  return row;
}
