import { FILE_CONTENT_SECURITY_POLICY } from "@/lib/security/content-security-policy";
import { contentDisposition } from "@/lib/utils/content-disposition";
import type { DocumentDownload } from "./read-document-file";

/** A data-room file as an HTTP response: never cached, never sniffed, sandboxed if opened directly, the name safe in both header forms. */
export function fileResponse(file: DocumentDownload, options: { inline?: boolean; headers?: Record<string, string> } = {}): Response {
  const headers = new Headers({
    "content-type": file.mimeType,
    "content-disposition": contentDisposition(options.inline ? "inline" : "attachment", file.name),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": FILE_CONTENT_SECURITY_POLICY,
    ...options.headers,
  });
  if (file.length !== null) headers.set("content-length", String(file.length));
  return new Response(file.body as BodyInit, { status: 200, headers });
}
