import { describe, expect, it } from "vitest";
import { describeUploadLimit, formatBytes, MAX_STORABLE_BYTES, UPLOAD_LIMIT_BYTES, uploadLimitFor } from "@/lib/dataroom/upload-limits";

describe("upload limits", () => {
  it("reads the same way for every tier: whole units without a trailing .0", () => {
    expect(describeUploadLimit(uploadLimitFor("foundation"))).toBe("25 MB per file on the foundation plan");
    expect(describeUploadLimit(uploadLimitFor("professional"))).toBe("250 MB per file on the professional plan");
    expect(describeUploadLimit(uploadLimitFor("enterprise"))).toBe("2 GB per file on the enterprise plan");
  });

  it("never exceeds what documents.file_size_bytes (a 32-bit integer) can record", () => {
    for (const bytes of Object.values(UPLOAD_LIMIT_BYTES)) expect(bytes).toBeLessThanOrEqual(MAX_STORABLE_BYTES);
    expect(MAX_STORABLE_BYTES).toBe(2 ** 31 - 1);
  });

  it("formats sizes with one decimal below 10 and none at or above it", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(1024 * 1024)).toBe("1 MB");
    expect(formatBytes(6.25 * 1024 * 1024)).toBe("6.3 MB");
    expect(formatBytes(1023.9 * 1024)).toBe("1 MB");
    expect(formatBytes(1.5 * 1024 ** 3)).toBe("1.5 GB");
  });
});
