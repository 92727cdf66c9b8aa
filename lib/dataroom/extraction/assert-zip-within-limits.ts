import { createInflateRaw } from "node:zlib";
import { AppError } from "@/lib/errors/app-error";
import { formatBytes } from "../upload-limits";
import { entryData, readZipDirectory, type ZipEntry } from "./read-zip-directory";
import { isMarkupPart, OFFICE_FILE_NAMES, type OfficeFormat, ZIP_LIMITS } from "./zip-limits";

const STORED = 0;
const DEFLATED = 8;
const RESAVE = "Save it again from its Office application (without embedded media if it has much), or split it, and upload it again.";

/** Inflates one part only to count its bytes, stopping as soon as it passes `cap`: nothing is kept. */
function inflatedSizeUpTo(packed: Uint8Array, cap: number): Promise<{ size: number; exceeded: boolean }> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        inflate.destroy();
        resolve({ size, exceeded: true });
      }
    });
    inflate.on("end", () => resolve({ size, exceeded: false }));
    inflate.on("error", reject);
    inflate.end(packed);
  });
}

function assertDeclaredSizes(entries: ZipEntry[], truncated: boolean, format: OfficeFormat) {
  if (truncated) {
    throw new AppError("VALIDATION", `This file holds more than ${ZIP_LIMITS.maxEntries.toLocaleString("en-US")} parts, more than we unpack. ${RESAVE}`);
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > ZIP_LIMITS.maxUnpackedBytes) {
    throw new AppError(
      "VALIDATION",
      `This file expands to ${formatBytes(total)} when unpacked, more than the ${formatBytes(ZIP_LIMITS.maxUnpackedBytes)} we read. ${RESAVE}`,
    );
  }
  const markup = entries.filter((entry) => isMarkupPart(entry.name)).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const maxMarkup = ZIP_LIMITS.maxMarkupBytes[format];
  if (markup > maxMarkup) {
    throw new AppError(
      "VALIDATION",
      `This file's text and layout expand to ${formatBytes(markup)} when unpacked, more than the ${formatBytes(maxMarkup)} we read from ${OFFICE_FILE_NAMES[format]}. Split it into smaller files and upload them again.`,
    );
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > ZIP_LIMITS.ratioAppliesAboveBytes && ratio > ZIP_LIMITS.maxEntryRatio) {
      throw new AppError(
        "VALIDATION",
        `One part of this file (${entry.name}) expands from ${formatBytes(entry.compressedSize)} to ${formatBytes(entry.uncompressedSize)} when unpacked, more than the ${ZIP_LIMITS.maxEntryRatio}-fold we accept. ${RESAVE}`,
      );
    }
  }
}

/**
 * Refuses a zip bomb, or a file too big to parse, before any parser sees it: the directory's
 * declared sizes and part count are checked first (zip-limits.ts), then every part is inflated
 * once, counted and discarded, to prove no part unpacks to more than it declares (the parsers
 * would believe the data, not the header). Costs one extra inflate of at most `maxUnpackedBytes`,
 * in 64 KB chunks, never held.
 * A file that is not a zip throws a plain Error, which the caller reports as a damaged file.
 */
export async function assertZipWithinLimits(bytes: Uint8Array, format: OfficeFormat): Promise<void> {
  const { entries, truncated } = readZipDirectory(bytes, { maxEntries: ZIP_LIMITS.maxEntries });
  assertDeclaredSizes(entries, truncated, format);
  for (const entry of entries) {
    if (entry.encrypted) throw new AppError("VALIDATION", "This file is encrypted: its text could not be read.");
    const packed = entryData(bytes, entry);
    if (entry.method === STORED) {
      if (packed.length > entry.uncompressedSize) throw lyingPart(entry);
      continue;
    }
    if (entry.method !== DEFLATED) throw new Error(`Unsupported zip compression method ${entry.method} for ${entry.name}`);
    const { exceeded } = await inflatedSizeUpTo(packed, entry.uncompressedSize);
    if (exceeded) throw lyingPart(entry);
  }
}

function lyingPart(entry: ZipEntry) {
  return new AppError(
    "VALIDATION",
    `This file is damaged or forged: one part (${entry.name}) unpacks to more than the ${formatBytes(entry.uncompressedSize)} it declares. ${RESAVE}`,
  );
}
