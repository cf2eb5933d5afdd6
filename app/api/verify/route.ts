import { respondJson } from "@/lib/http/respond-json";
import { withRoute } from "@/lib/http/with-route";
import { getChainDeps } from "@/lib/provenance/server/get-provenance-deps";
import { getServerReproducer } from "@/lib/provenance/server/get-server-reproducer";
import { parseVerifyRequest } from "@/lib/provenance/server/parse-verify-request";
import { verifyTarget } from "@/lib/provenance/server/verify-target";
import { getRuntime } from "@/lib/runtime/get-runtime";

// Reads the chain and the content store, and may re-run a model (onnxruntime-node).
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/verify: verify a work from an image file (multipart `file`), or JSON { tokenId } / { contentHash }
export const POST = withRoute(async (request) => {
  const { target, reproduce } = await parseVerifyRequest(request);
  const runtime = getRuntime();
  const [chain, contentStore, database] = await Promise.all([getChainDeps(), runtime.contentStore(), runtime.database()]);
  const report = await verifyTarget(target, {
    chain,
    fromBlock: chain.deployBlock,
    contentStore,
    prisma: database.prisma,
    ...(reproduce ? { reproduce: await getServerReproducer(runtime.env) } : {}),
  });
  return respondJson(report);
});
