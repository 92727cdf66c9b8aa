import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { toCsvCell } from "@/lib/utils/csv";
import { createTenant, createTenantProject } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

/** The real route handler, with the session replaced by the tenant requireTenantContext would resolve. */
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);

const { GET } = await import("@/app/api/projects/export/route");

const exportCsv = (search = "") => GET(new Request(`http://localhost/api/projects/export${search}`));

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") row.push(cell), (cell = "");
    else if (char === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), (i += 1);
    else cell += char;
  }
  return rows;
}

/** The body as sent, byte order mark included (Response.text() would drop it). */
async function readCsvText(response: Response): Promise<string> {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text.slice(1);
}

async function readRows(response: Response) {
  const [header, ...rows] = parseCsv(await readCsvText(response));
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index]])));
}

describe("GET /api/projects/export", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("exports every filtered row of the session's org across all pages, in the list's order", async () => {
    signedIn = await createTenant({ role: "viewer" });
    for (let i = 1; i <= 30; i += 1) {
      await createTenantProject(signedIn, {
        name: `Solar site ${String(i).padStart(2, "0")}`,
        status: i % 3 === 0 ? "DRAFT" : "ACTIVE",
        totalInvestmentRequired: `${i}000000.5000`,
      });
    }
    await createTenantProject(signedIn, { name: "Wind site", status: "ACTIVE", projectType: "WIND" });

    const response = await exportCsv("?status=ACTIVE&type=SOLAR&sort=investment&dir=desc&page=2&size=10");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="(.+-projects-\d{4}-\d{2}-\d{2}\.csv)"; filename\*=UTF-8''\1$/);
    const rows = await readRows(response);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toMatchObject({ Name: "Solar site 29", Status: "ACTIVE", Technology: "SOLAR", "Investment sought": "29000000.5000", Currency: "USD" });
    expect(rows.at(-1)?.Name).toBe("Solar site 01");
    expect(rows.some((row) => row.Name === "Wind site" || row.Status === "DRAFT")).toBe(false);
  });

  it("streams more rows than one batch", async () => {
    signedIn = await createTenant();
    const { db } = await import("../support/test-db");
    await db.project.createMany({
      data: Array.from({ length: 1234 }, (_, i) => ({
        orgId: signedIn!.org.id,
        name: `Bulk ${i}`,
        slug: `bulk-${i}`,
        description: "Bulk row",
        projectType: "SOLAR" as const,
        geographyCountry: "KE",
        geographyRegion: "Nairobi",
        totalInvestmentRequired: "1",
        currency: "USD",
      })),
    });
    const rows = await readRows(await exportCsv("?sort=name&dir=asc"));
    expect(rows).toHaveLength(1234);
    expect(new Set(rows.map((row) => row.ID)).size).toBe(1234);
  });

  it("escapes quotes, commas and line breaks, and defuses cells a spreadsheet would run as formulas", async () => {
    signedIn = await createTenant();
    await createTenantProject(signedIn, {
      name: '=HYPERLINK("http://evil.example","Click")',
      region: '+254 Nairobi, "Upper" Hill',
      description: 'line one\r\nline two, with "quotes"',
    });
    await createTenantProject(signedIn, { name: "@SUM(A1:A9)", region: "-Lodwar" });
    const text = await readCsvText(await exportCsv("?sort=name&dir=asc"));
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).toContain(`"'+254 Nairobi, ""Upper"" Hill"`);
    expect(text).toContain(`"line one\r\nline two, with ""quotes"""`);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['\'=HYPERLINK("http://evil.example","Click")', "'@SUM(A1:A9)"]);
    expect(rows[2][7]).toBe("'-Lodwar");
  });

  it("never exports another org's projects, whatever the query says", async () => {
    const victim = await createTenant();
    await createTenantProject(victim, { name: "Victim secret project", status: "ACTIVE" });
    signedIn = await createTenant();
    await createTenantProject(signedIn, { name: "My own project", status: "ACTIVE" });
    const rows = await readRows(await exportCsv(`?status=ACTIVE&orgId=${victim.org.id}&q=project`));
    expect(rows.map((row) => row.Name)).toEqual(["My own project"]);
  });

  it("answers a signed-out request with 401 and an investor org with 404", async () => {
    const signedOut = await exportCsv();
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    signedIn = await createTenant({ type: "INVESTOR" });
    expect((await exportCsv()).status).toBe(404);
  });
});

describe("toCsvCell", () => {
  it("quotes only when needed and guards formula starts in text, not in numbers", () => {
    expect(toCsvCell("plain")).toBe("plain");
    expect(toCsvCell("a,b")).toBe('"a,b"');
    expect(toCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvCell("-5")).toBe("'-5");
    expect(toCsvCell(-5)).toBe("-5");
    expect(toCsvCell("\tcmd")).toBe("'\tcmd");
    expect(toCsvCell(null)).toBe("");
  });
});
