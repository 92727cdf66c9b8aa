import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { uploadParamsSchema } from "@/lib/dataroom/schemas";
import type { DocumentDto } from "@/lib/dataroom/to-document-dto";
import { assertUploadSize, uploadDocument } from "@/lib/dataroom/upload-document";
import { AppError } from "@/lib/errors/app-error";
import { toApiValidationError } from "../to-api-validation-error";
import { toApiUploader } from "./to-api-uploader";

/** What multipart framing may add to the file's own bytes (boundaries, part headers, the text fields). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const textField = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

/**
 * One file into a project's data room through uploadDocument, as the app's upload route does:
 * the plan's file limit and storage quota (checked on the declared size before the body is read,
 * then on the file's own), type detection from the bytes, the duplicate check, the audit row and
 * the processing event. The form is read whole, so the declared size is refused first.
 */
export async function uploadApiDocument(actor: ApiKeyActor, projectId: string, request: Request): Promise<DocumentDto> {
  const uploader = await toApiUploader(actor);
  const lengthHeader = request.headers.get("content-length");
  const declared = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
  await assertUploadSize(uploader, declared === null ? null : Math.max(1, declared - MULTIPART_OVERHEAD_BYTES));
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError("VALIDATION", "Send the file as multipart/form-data, in a part named file.", { fieldErrors: { file: ["Send the file in a part named file."] } });
  }
  const form = await request.formData().catch(() => {
    throw new AppError("VALIDATION", "The multipart body could not be read.");
  });
  const file = form.get("file");
  if (!(file instanceof File))
    throw new AppError("VALIDATION", "Send the file in a part named file.", { fieldErrors: { file: ["Send the file in a part named file."] } });
  const parsed = uploadParamsSchema.safeParse({
    fileName: textField(form, "fileName") ?? file.name,
    projectId,
    folderId: textField(form, "folderId"),
    classification: textField(form, "classification"),
    watermark: textField(form, "watermark"),
  });
  if (!parsed.success) throw toApiValidationError(parsed.error, "The upload's fields are not valid.");
  return uploadDocument(uploader, parsed.data, file.stream(), file.size);
}
