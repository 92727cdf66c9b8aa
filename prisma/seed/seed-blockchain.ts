import { createHash } from "node:crypto";
import type { FactoryDb } from "../factories";
import { documentId, turkanaFile } from "./dataroom-documents";
import type { DemoContentKey } from "./dataroom-texts";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId, sha256Hex } from "./demo-ids";

/** Pairwise SHA-256 up to a single root; an odd node is paired with itself. */
export function merkleRoot(leavesHex: string[]): string {
  let level: Buffer[] = leavesHex.map((hex) => Buffer.from(hex, "hex"));
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(
        createHash("sha256")
          .update(Buffer.concat([level[i], level[i + 1] ?? level[i]]))
          .digest(),
      );
    level = next;
  }
  return level[0].toString("hex");
}

/** Turkana's key documents anchored on Polygon: one confirmed batch, one submitted, one waiting. The hash is the document's checksum. */
export async function seedBlockchainRecords(db: FactoryDb, ctx: DemoContext) {
  const keys: DemoContentKey[] = ["land-lease", "energy-yield", "esia", "financial-model-v3", "ppa-term-sheet-v2"];
  const checksums = Object.fromEntries(await Promise.all(keys.map(async (key) => [key, (await turkanaFile(key)).checksum] as const)));
  const documentChecksum = (key: string) => checksums[key];
  const batch = ["land-lease", "energy-yield", "esia"];
  const root = merkleRoot(batch.map(documentChecksum));
  const anchoredAt = day("2026-09-16");
  const confirmed = batch.map((key) => ({
    key,
    merkleRoot: root,
    transactionHash: `0x${sha256Hex("polygon-tx/helios/2026-09-16")}`,
    blockNumber: BigInt(91_284_553),
    anchoredAt,
    status: "confirmed",
    at: anchoredAt,
  }));
  const rows = [
    ...confirmed,
    {
      key: "financial-model-v3",
      merkleRoot: documentChecksum("financial-model-v3"),
      transactionHash: `0x${sha256Hex("polygon-tx/helios/2026-11-12")}`,
      blockNumber: null,
      anchoredAt: null,
      status: "submitted",
      at: daysAgo(12, 11),
    },
    { key: "ppa-term-sheet-v2", merkleRoot: null, transactionHash: null, blockNumber: null, anchoredAt: null, status: "pending", at: daysAgo(0, 6) },
  ];
  await db.blockchainRecord.createMany({
    skipDuplicates: true,
    data: rows.map((r) => ({
      id: demoId(`blockchain/${r.key}`),
      orgId: ctx.orgs.helios,
      documentId: documentId(r.key),
      documentHash: documentChecksum(r.key),
      merkleRoot: r.merkleRoot,
      transactionHash: r.transactionHash,
      blockNumber: r.blockNumber,
      anchoredAt: r.anchoredAt,
      status: r.status,
      createdAt: r.at,
      updatedAt: r.anchoredAt ?? r.at,
    })),
  });
}
