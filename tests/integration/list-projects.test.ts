import { describe, expect, it } from "vitest";
import { listProjects } from "@/lib/projects/list-projects";
import { parseListProjectsQuery, toProjectsSearch } from "@/lib/projects/list-projects-query";
import { createTenant, createTenantProject } from "../support/test-db";

/** Six projects of one org, different in every listed column. */
async function portfolio() {
  const ally = await createTenant();
  const make = (name: string, overrides: Parameters<typeof createTenantProject>[1]) => createTenantProject(ally, { name, ...overrides });
  const projects = {
    turkana: await make("Turkana Solar Park", {
      status: "ACTIVE",
      stage: "DEVELOPMENT",
      projectType: "SOLAR",
      country: "KE",
      totalInvestmentRequired: "41500000.0000",
      targetCloseDate: "2027-06-30",
      isPublished: true,
      description: "Utility-scale PV near Lodwar.",
    }),
    rift: await make("Rift Valley Wind Farm", {
      status: "ACTIVE",
      stage: "CONSTRUCTION",
      projectType: "WIND",
      country: "KE",
      totalInvestmentRequired: "118000000.0000",
      targetCloseDate: "2027-12-15",
      description: "Twenty turbines on the escarpment.",
    }),
    mombasa: await make("Mombasa Port Battery Storage", {
      status: "DRAFT",
      stage: "CONCEPT",
      projectType: "STORAGE",
      country: "KE",
      totalInvestmentRequired: "36000000.0000",
      description: "Grid services at the port, with SOLAR charging.",
    }),
    elgon: await make("Mount Elgon Run-of-River Hydro", {
      status: "ACTIVE",
      stage: "CONSTRUCTION",
      projectType: "HYDRO",
      country: "UG",
      totalInvestmentRequired: "29500000.0000",
      targetCloseDate: "2026-02-28",
      description: "A weir and powerhouse on the Sipi river.",
    }),
    biomass: await make("Western Kenya Biomass CHP", {
      status: "SUSPENDED",
      stage: "DEVELOPMENT",
      projectType: "BIOMASS",
      country: "KE",
      totalInvestmentRequired: "14200000.0000",
      description: "Bagasse-fired heat and power: 100% local feedstock.",
    }),
    andes: await make("Andes Small Hydro", {
      status: "ARCHIVED",
      stage: "OPERATIONAL",
      projectType: "HYDRO",
      country: "PE",
      totalInvestmentRequired: "6100000.0000",
      targetCloseDate: "2025-01-31",
      description: "Run-of-river plant_one in Cusco.",
    }),
  };
  return { ally, projects };
}

const names = (page: { rows: { name: string }[] }) => page.rows.map((row) => row.name);

describe("listProjects", () => {
  it("filters by status, stage, project type and country, and combines them", async () => {
    const { ally } = await portfolio();
    expect(names(await listProjects(ally, { status: ["SUSPENDED", "ARCHIVED"], sort: "name", dir: "asc" }))).toEqual(["Andes Small Hydro", "Western Kenya Biomass CHP"]);
    expect(names(await listProjects(ally, { stage: ["CONSTRUCTION"], sort: "name", dir: "asc" }))).toEqual(["Mount Elgon Run-of-River Hydro", "Rift Valley Wind Farm"]);
    expect(names(await listProjects(ally, { type: ["HYDRO"], sort: "name", dir: "asc" }))).toEqual(["Andes Small Hydro", "Mount Elgon Run-of-River Hydro"]);
    const combined = await listProjects(ally, { status: ["ACTIVE"], country: ["KE"], sort: "name", dir: "asc" });
    expect(names(combined)).toEqual(["Rift Valley Wind Farm", "Turkana Solar Park"]);
    expect(combined.total).toBe(2);
  });

  it("sorts by each column with the id as a stable tiebreaker", async () => {
    const { ally } = await portfolio();
    expect(names(await listProjects(ally, { sort: "investment", dir: "desc" })).slice(0, 3)).toEqual([
      "Rift Valley Wind Farm",
      "Turkana Solar Park",
      "Mombasa Port Battery Storage",
    ]);
    expect(names(await listProjects(ally, { sort: "investment", dir: "asc" }))[0]).toBe("Andes Small Hydro");
    expect(names(await listProjects(ally, { sort: "country", dir: "desc" }))[0]).toBe("Mount Elgon Run-of-River Hydro");
    // Projects without a target close date come last in both directions.
    const byClose = names(await listProjects(ally, { sort: "targetClose", dir: "asc" }));
    expect(byClose.slice(0, 4)).toEqual(["Andes Small Hydro", "Mount Elgon Run-of-River Hydro", "Turkana Solar Park", "Rift Valley Wind Farm"]);
    expect(
      names(await listProjects(ally, { sort: "targetClose", dir: "desc" }))
        .slice(-2)
        .sort(),
    ).toEqual(["Mombasa Port Battery Storage", "Western Kenya Biomass CHP"]);

    const ties = await listProjects(ally, { sort: "type", dir: "asc", type: ["HYDRO"] });
    expect(ties.rows.map((row) => row.id)).toEqual(ties.rows.map((row) => row.id).sort());
  });

  it("pages through the rows without gaps or repeats, and answers a page past the end with the last page", async () => {
    const { ally } = await portfolio();
    const all = names(await listProjects(ally, { sort: "stage", dir: "asc", size: 100 }));
    const pages = await Promise.all([1, 2, 3].map((page) => listProjects(ally, { sort: "stage", dir: "asc", size: 10, page })));
    expect(pages[0]).toMatchObject({ total: 6, page: 1, pageCount: 1, pageSize: 10 });
    expect(names(pages[0])).toEqual(all);
    expect(pages[2]).toMatchObject({ page: 1, total: 6 });
    expect(names(pages[2])).toEqual(all);
  });

  it("searches name and description, case-insensitively, with % and _ taken literally", async () => {
    const { ally } = await portfolio();
    expect(names(await listProjects(ally, { q: "turkana" }))).toEqual(["Turkana Solar Park"]);
    expect(names(await listProjects(ally, { q: "solar", sort: "name", dir: "asc" }))).toEqual(["Mombasa Port Battery Storage", "Turkana Solar Park"]);
    expect(names(await listProjects(ally, { q: "SIPI RIVER" }))).toEqual(["Mount Elgon Run-of-River Hydro"]);
    expect(names(await listProjects(ally, { q: "100%" }))).toEqual(["Western Kenya Biomass CHP"]);
    expect(names(await listProjects(ally, { q: "plant_one" }))).toEqual(["Andes Small Hydro"]);
    expect((await listProjects(ally, { q: "%" })).total).toBe(1);
    expect((await listProjects(ally, { q: "nowhere at all" })).total).toBe(0);
  });

  it("returns plain data: money and capacity as decimal strings, dates as ISO strings", async () => {
    const { ally, projects } = await portfolio();
    const row = (await listProjects(ally, { q: "Turkana" })).rows[0];
    expect(row).toMatchObject({
      id: projects.turkana.id,
      totalInvestmentRequired: "41500000.0000",
      currency: "USD",
      targetCloseDate: "2027-06-30",
      isPublished: true,
      status: "ACTIVE",
    });
    expect(typeof row.updatedAt).toBe("string");
  });

  it("never lists another org's projects, whatever the filters", async () => {
    const { ally } = await portfolio();
    const other = await createTenant();
    await createTenantProject(other, { name: "Turkana Solar Park", status: "ACTIVE", country: "KE", description: "Same name, other tenant." });
    const mine = await listProjects(ally, { q: "Turkana" });
    expect(mine.total).toBe(1);
    expect((await listProjects(other, { status: ["ACTIVE"], country: ["KE"] })).rows.map((row) => row.name)).toEqual(["Turkana Solar Park"]);
    expect((await listProjects(other, {})).total).toBe(1);
    expect((await listProjects(ally, {})).total).toBe(6);
  });
});

describe("listProjectsQuerySchema (from the URL)", () => {
  it("reads comma-separated and repeated values, and drops what it does not know", () => {
    const query = parseListProjectsQuery(
      new URLSearchParams("status=active,BOGUS&status=DRAFT&country=ke,USA&type=solar&sort=investment&dir=asc&page=3&size=50&q=%20wind%20"),
    );
    expect(query).toEqual({ q: "wind", status: ["ACTIVE", "DRAFT"], stage: [], type: ["SOLAR"], country: ["KE"], sort: "investment", dir: "asc", page: 3, size: 50 });
  });

  it("writes a query back as a short, readable search string that parses to the same query", () => {
    const query = parseListProjectsQuery({ q: "solar, wind & more", status: "ACTIVE,DRAFT", country: "KE", sort: "investment", dir: "desc", page: "2", size: "25" });
    const search = toProjectsSearch(query);
    expect(search).toBe("q=solar,+wind+%26+more&status=ACTIVE,DRAFT&country=KE&sort=investment&dir=desc&page=2");
    expect(parseListProjectsQuery(new URLSearchParams(search))).toEqual(query);
    expect(toProjectsSearch(query, { paging: false })).not.toContain("page=");
    expect(toProjectsSearch(parseListProjectsQuery({}))).toBe("");
  });

  it("falls back to the defaults for nonsense instead of failing", () => {
    expect(parseListProjectsQuery({ sort: "password", dir: "sideways", page: "-4", size: "1000" })).toEqual({
      q: "",
      status: [],
      stage: [],
      type: [],
      country: [],
      sort: "updated",
      dir: "desc",
      page: 1,
      size: 25,
    });
  });
});
