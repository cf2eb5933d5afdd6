import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { errorResponse } from "@/lib/generation/error-response";
import { readMultipartForm } from "@/lib/generation/read-multipart-form";
import { MAX_UPLOAD_BYTES, storeUpload } from "@/lib/generation/store-upload";
import { getRuntime } from "@/lib/runtime/get-runtime";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/uploads: store a PNG or JPEG (at most 10 MiB, multipart field `file`) by CID; 201 { cid, sha256, size, type }
export async function POST(request: Request): Promise<Response> {
  try {
    await requireSignedIn(request);
    const form = await readMultipartForm(request, { fileField: "file", maxFileBytes: MAX_UPLOAD_BYTES });
    const stored = await storeUpload({ runtime: getRuntime(), bytes: form.file.bytes });
    return Response.json(stored, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
