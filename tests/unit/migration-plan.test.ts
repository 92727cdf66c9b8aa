import { describe, expect, it } from "vitest";
import { nextTimestamp, withoutRawSqlIndexDrops } from "@/lib/db/migrations";

describe("writing a migration", () => {
  it("leaves out the drops of indexes created in raw SQL, and writes nothing when only they differed", () => {
    const diff = [
      "-- DropIndex",
      'DROP INDEX "ix_marketplace_listings_facets";',
      "",
      "-- CreateTable",
      'CREATE TABLE "things" ("id" UUID NOT NULL);',
      "",
      "-- DropIndex",
      'DROP INDEX "ix_something_real";',
    ].join("\n");
    const kept = withoutRawSqlIndexDrops(diff)!;
    expect(kept).not.toContain("ix_marketplace_listings_facets");
    expect(kept).toContain('CREATE TABLE "things"');
    expect(kept).toContain('DROP INDEX "ix_something_real";');
    expect(withoutRawSqlIndexDrops('-- DropIndex\nDROP INDEX "ix_qa_questions_project_status_priority";\n\n')).toBeNull();
  });

  it("names a migration after the latest one when that is dated ahead of the clock", () => {
    const now = new Date("2026-12-07T14:30:00Z");
    expect(nextTimestamp(["20261201090000_a", "20261212190000_guests"], now)).toBe("20261212190100");
    expect(nextTimestamp(["20261212235930_late"], now)).toBe("20261213000030");
    expect(nextTimestamp(["20261201090000_a"], now)).toBe("20261207143000");
    expect(nextTimestamp([], now)).toBe("20261207143000");
  });
});
