export type UploadOutcome =
  | { kind: "uploaded"; documentId: string }
  | { kind: "duplicate"; message: string; existing: { id: string; name: string } }
  | { kind: "failed"; message: string };

/**
 * PUTs the file's raw bytes to the upload route with XMLHttpRequest, which (unlike fetch) reports
 * upload progress. The server streams them to storage and answers with the document or a reason.
 */
export function uploadFile(file: File, query: Record<string, string | undefined>, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  const params = new URLSearchParams({ fileName: file.name });
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", `/api/dataroom/upload?${params}`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => resolve({ kind: "failed", message: "The connection was lost. Nothing was stored; try again." });
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { document?: { id: string }; error?: { message?: string }; existingDocument?: { id: string; name: string } };
      if (xhr.status === 201 && body.document) resolve({ kind: "uploaded", documentId: body.document.id });
      else if (xhr.status === 409 && body.existingDocument)
        resolve({ kind: "duplicate", message: body.error?.message ?? "Already uploaded.", existing: body.existingDocument });
      else resolve({ kind: "failed", message: body.error?.message ?? `The upload failed (HTTP ${xhr.status}).` });
    };
    xhr.send(file);
  });
}
