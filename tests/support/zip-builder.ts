import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";

/**
 * Hand-built zips for the file-limit tests: what a hostile file can declare (sizes that lie,
 * a wrapped entry count, 100,000 parts) is out of reach of JSZip's writer.
 */
export type ZipPart = {
  name: string;
  /** Packed bytes and what they really unpack to. */
  packed: Buffer;
  method: 0 | 8;
  size: number;
  crc: number;
  /** Unpacked size written in the headers, if it should differ from the real one. */
  declaredSize?: number;
};

export function storedPart(name: string, data: string | Buffer): ZipPart {
  const bytes = Buffer.from(data);
  return { name, packed: bytes, method: 0, size: bytes.length, crc: crc32(bytes) };
}

export function deflatedPart(name: string, data: string | Buffer): ZipPart {
  const bytes = Buffer.from(data);
  return { name, packed: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
}

/** `head`, `body` repeated `times`, then `tail`, deflated as a stream: never held unpacked. */
export async function deflatedRepeat(name: string, parts: { head: string; body: string; times: number; tail: string }): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  let crc = 0;
  let size = 0;
  const write = async (bytes: Buffer) => {
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once("drain", resolve));
  };
  await write(Buffer.from(parts.head));
  const block = Buffer.from(parts.body.repeat(Math.max(1, Math.floor((1024 * 1024) / parts.body.length))));
  const perBlock = block.length / Buffer.byteLength(parts.body);
  for (let left = parts.times; left > 0; left -= perBlock) await write(left >= perBlock ? block : Buffer.from(parts.body.repeat(left)));
  await write(Buffer.from(parts.tail));
  deflate.end();
  await done;
  return { name, packed: Buffer.concat(chunks), method: 8, size, crc };
}

function header(fields: [number, 2 | 4 | 8][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((sum, [, width]) => sum + width, 0));
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, at);
    else if (width === 4) buffer.writeUInt32LE(value, at);
    else buffer.writeBigUInt64LE(BigInt(value), at);
    at += width;
  }
  return buffer;
}

/**
 * A zip of the given parts. `zip64` adds the ZIP64 end records real writers use past 65,535
 * parts; without it the 16-bit count wraps, as JSZip's writer does.
 */
export function buildZip(parts: ZipPart[], options: { zip64?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const declared = part.declaredSize ?? part.size;
    const common: [number, 2 | 4 | 8][] = [
      [0x0800, 2],
      [part.method, 2],
      [0, 2],
      [0x21, 2],
      [part.crc, 4],
      [part.packed.length, 4],
      [declared, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = Buffer.concat([header([[0x04034b50, 4], [20, 2], ...common]), name, part.packed]);
    centrals.push(Buffer.concat([header([[0x02014b50, 4], [20, 2], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const count = parts.length;
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = offset + directory.length;
    tail.push(
      header([
        [0x06064b50, 4],
        [44, 8],
        [45, 2],
        [45, 2],
        [0, 4],
        [0, 4],
        [count, 8],
        [count, 8],
        [directory.length, 8],
        [offset, 8],
      ]),
    );
    tail.push(
      header([
        [0x07064b50, 4],
        [0, 4],
        [record, 8],
        [1, 4],
      ]),
    );
  }
  const short = options.zip64 && count > 0xffff ? 0xffff : count & 0xffff;
  tail.push(
    header([
      [0x06054b50, 4],
      [0, 2],
      [0, 2],
      [short, 2],
      [short, 2],
      [directory.length, 4],
      [offset, 4],
      [0, 2],
    ]),
  );
  return Buffer.concat([...locals, directory, ...tail]);
}
