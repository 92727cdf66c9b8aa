import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareSchemaToFacts, type Facts } from "@/lib/db/conformance/compare-schema-to-facts";
import { readSchemaSnapshot } from "@/lib/db/conformance/read-schema-snapshot";

const facts = JSON.parse(readFileSync("prisma/data-dictionary.facts.json", "utf8")) as Facts;
const CORE_TABLES = ["organizations", "users", "projects", "project_milestones", "project_budget_items", "audit_logs"];

describe("schema conformance with the data dictionary", () => {
  it("the six core tables conform exactly", async () => {
    const snapshot = await readSchemaSnapshot(process.env.DATABASE_URL!);
    expect(compareSchemaToFacts(facts, snapshot, CORE_TABLES)).toEqual([]);
  });

  it("every table of the dictionary exists and conforms", async () => {
    const snapshot = await readSchemaSnapshot(process.env.DATABASE_URL!);
    expect(compareSchemaToFacts(facts, snapshot)).toEqual([]);
  });

  it("reports drift: a changed length, a dropped index and a wrong nullability are all caught", async () => {
    const snapshot = await readSchemaSnapshot(process.env.DATABASE_URL!);
    const drifted = {
      ...snapshot,
      columns: snapshot.columns.map((c) =>
        c.table === "projects" && c.column === "name" ? { ...c, maxLength: 255 } : c.table === "users" && c.column === "email" ? { ...c, nullable: true } : c,
      ),
      indexes: snapshot.indexes.filter((i) => i.name !== "ix_projects_org_id_status"),
    };
    const drift = compareSchemaToFacts(facts, drifted, CORE_TABLES);
    expect(drift).toContain("projects.name: length should be 500, is 255");
    expect(drift).toContain("users.email: should be NOT NULL");
    expect(drift).toContain("index ix_projects_org_id_status is missing");
  });
});
