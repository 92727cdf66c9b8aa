import { AppError } from "@/lib/errors/app-error";
import { type EngagementBatch, engagementBatchSchema } from "./engagement-schemas";

/** 200 entries of {"page":100000,"ms":600000} is under 8 KB; anything much larger is not a beacon. */
const MAX_BODY_BYTES = 16 * 1024;

/** The beacon's body: JSON of { pages: [{ page, ms }] } under any content type. A bad one is a 422 naming the first problem. */
export async function parseEngagementBatch(request: Request): Promise<EngagementBatch> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("VALIDATION", "The batch is too large.");
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError("VALIDATION", "The batch is too large.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "The batch is not JSON.");
  }
  const parsed = engagementBatchSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("VALIDATION", issue?.message ?? "Check the batch.", { fieldErrors: { [issue?.path.join(".") || "pages"]: [issue?.message ?? "Invalid."] } });
  }
  return parsed.data;
}
