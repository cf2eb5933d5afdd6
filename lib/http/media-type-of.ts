/**
 * The media type of a request's `Content-Type`, lowercased and without parameters
 * (`multipart/form-data; boundary=x` → `multipart/form-data`); `""` when there is none.
 */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";", 1)[0]!.trim().toLowerCase();
}
