import { AppError } from "@/lib/errors/app-error";

/** A 409 that names the document already holding these bytes, so the UI can offer it. */
export class DuplicateDocumentError extends AppError {
  constructor(readonly existing: { id: string; name: string; version: number }) {
    super("CONFLICT", `This file is already in the folder as "${existing.name}" (version ${existing.version}). Nothing was stored.`);
  }
}
