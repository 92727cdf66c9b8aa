/** One central-directory record: what the zip declares about a part, before anything is inflated. */
export type ZipEntry = {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

export type ZipDirectory = { entries: ZipEntry[]; truncated: boolean };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const SATURATED_32 = 0xffffffff;
const MAX_COMMENT = 0xffff;

class ZipFormatError extends Error {
  constructor(message: string) {
    super(`Not a readable zip: ${message}`);
    this.name = "ZipFormatError";
  }
}

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("a size or offset is out of range");
  return Number(value);
}

/** The last end-of-central-directory record, as JSZip finds it: searching back over the comment. */
function findEndOfDirectory(bytes: Uint8Array, data: DataView): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX_COMMENT); at -= 1) {
    if (data.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipFormatError("no end-of-central-directory record");
}

/** Where the central directory starts and how long it is, through the ZIP64 record when present. */
function locateDirectory(bytes: Uint8Array, data: DataView): { offset: number; size: number } {
  const eocd = findEndOfDirectory(bytes, data);
  let size = data.getUint32(eocd + 12, true);
  let offset = data.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (locator >= 0 && data.getUint32(locator, true) === ZIP64_LOCATOR) {
    const record = safeNumber(data.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || data.getUint32(record, true) !== ZIP64_EOCD) throw new ZipFormatError("bad ZIP64 record");
    size = safeNumber(data.getBigUint64(record + 40, true));
    offset = safeNumber(data.getBigUint64(record + 48, true));
  }
  if (offset + size > bytes.length) throw new ZipFormatError("the central directory lies outside the file");
  return { offset, size };
}

/** Sizes and offset saturated at 0xFFFFFFFF continue in the ZIP64 extra field (id 1), in this order. */
function applyZip64Extra(entry: ZipEntry, data: DataView, extraStart: number, extraEnd: number) {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = data.getUint16(at, true);
    const length = data.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + length) throw new ZipFormatError("short ZIP64 extra field");
        const value = safeNumber(data.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === SATURATED_32) entry.uncompressedSize = next();
      if (entry.compressedSize === SATURATED_32) entry.compressedSize = next();
      if (entry.localHeaderOffset === SATURATED_32) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/**
 * Reads a zip's central directory without inflating anything. Records are walked by the
 * directory's byte size, not by its declared entry count: that count is 16 bits (a writer without
 * ZIP64 wraps it at 65,536) and a hostile file may understate it, while JSZip reads every record
 * there is. Stops after `maxEntries + 1` records (`truncated`), so a huge directory costs nothing.
 */
export function readZipDirectory(bytes: Uint8Array, options: { maxEntries: number }): ZipDirectory {
  if (bytes.length < 22) throw new ZipFormatError("the file is too short");
  const data = view(bytes);
  const { offset, size } = locateDirectory(bytes, data);
  const end = offset + size;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let at = offset; at < end; ) {
    if (entries.length > options.maxEntries) return { entries, truncated: true };
    if (at + 46 > end || data.getUint32(at, true) !== CENTRAL_HEADER) throw new ZipFormatError("bad central directory record");
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) throw new ZipFormatError("a central directory record runs past its end");
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      encrypted: (data.getUint16(at + 8, true) & 1) === 1,
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    };
    applyZip64Extra(entry, data, at + 46 + nameLength, at + 46 + nameLength + extraLength);
    entries.push(entry);
    at = next;
  }
  return { entries, truncated: entries.length > options.maxEntries };
}

/** The packed bytes of one part, found through its local header (whose own sizes may be zero). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_HEADER) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`${entry.name} runs past the end of the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}
