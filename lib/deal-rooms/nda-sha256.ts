import { createHash } from "node:crypto";

/** The fingerprint of the exact NDA text accepted: any change to the text (a comma) is a new version needing a new acceptance. */
export function ndaSha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
