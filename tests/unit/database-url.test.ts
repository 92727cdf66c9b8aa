import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/db/database-url";
import { describeDatabaseFailure } from "@/lib/db/describe-database-failure";
import { findDestructiveSteps } from "@/lib/db/migrations";

describe("database configuration errors", () => {
  it("explains a malformed DATABASE_URL", () => {
    expect(() => parseDatabaseUrl("not a url")).toThrowError(/not a valid URL/);
    expect(() => parseDatabaseUrl("mysql://root@localhost/db")).toThrowError(/must start with postgresql/);
    expect(() => parseDatabaseUrl("postgresql://localhost")).toThrowError(/name a host and a database/);
    expect(parseDatabaseUrl("postgresql://postgres@127.0.0.1:5432/scr").pathname).toBe("/scr");
  });

  it("explains an unreachable database in one line", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(describeDatabaseFailure(error)).toMatch(/Cannot reach the database/);
  });
});

describe("destructive migration detection", () => {
  it("flags drops and type changes, and nothing in an additive migration", () => {
    const sql = `ALTER TABLE "projects" DROP COLUMN "capacity_mw";\nDROP TABLE "badges";\nALTER TABLE "users" ALTER COLUMN "email" SET DATA TYPE VARCHAR(100);`;
    expect(findDestructiveSteps(sql)).toEqual([
      "drops table badges and every row in it",
      "drops column capacity_mw and its values",
      "changes the type of column email (values may not convert)",
    ]);
    expect(findDestructiveSteps(`CREATE TABLE "x" ("id" UUID);\nALTER TABLE "projects" ADD COLUMN "y" TEXT;`)).toEqual([]);
  });
});
