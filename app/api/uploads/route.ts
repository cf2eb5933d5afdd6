import { MAX_UPLOAD_BYTES, storeUpload } from "@/lib/generation/store-upload";
import { readMultipartForm } from "@/lib/http/read-multipart-form";
import { respondJson } from "@/lib/http/respond-json";
import { withSession } from "@/lib/http/with-session";
import { getRuntime } from "@/lib/runtime/get-runtime";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/uploads: store a PNG or JPEG (at most 10 MiB, multipart field `file`) by CID; 201 { cid, sha256, size, type }
export const POST = withSession(async (request) => {
  const form = await readMultipartForm(request, { fileField: "file", maxFileBytes: MAX_UPLOAD_BYTES });
  return respondJson(await storeUpload({ runtime: getRuntime(), bytes: form.file.bytes }), { status: 201 });
});
