import { describe, expect, it } from "vitest";
import { getPortfolioAllocation } from "@/lib/portfolios/get-portfolio-allocation";
import { createTenant, createTenantProject, db } from "../support/test-db";

describe("portfolio allocation", () => {
  it("weights active holdings by NAV (by paid in while nothing is marked), by technology and by country, with their pins", async () => {
    const investor = await createTenant({ type: "INVESTOR" });
    const ally = await createTenant({ type: "ALLY" });
    const solar = await createTenantProject(ally, { projectType: "SOLAR", country: "KE", coordinates: { lat: -0.1, lng: 34.7 } });
    const wind = await createTenantProject(ally, { projectType: "WIND", country: "KE" });
    const hydro = await createTenantProject(ally, { projectType: "HYDRO", country: "UG" });
    const portfolio = await db.portfolio.create({ data: { orgId: investor.org.id, name: "Alloc", currency: "USD" } });
    const hold = (projectId: string, status: "ACTIVE" | "EXITED" = "ACTIVE") =>
      db.portfolioHolding.create({
        data: { orgId: investor.org.id, portfolioId: portfolio.id, projectId, investmentDate: new Date("2024-01-01"), committedAmount: "1", currency: "USD", status },
      });
    const [a, b, c] = [await hold(solar.id), await hold(wind.id), await hold(hydro.id, "EXITED")];
    const marked = await getPortfolioAllocation(investor, [
      { id: a.id, status: "ACTIVE", nav: "300.0000", paidIn: "100.0000" },
      { id: b.id, status: "ACTIVE", nav: "100.0000", paidIn: "900.0000" },
      { id: c.id, status: "EXITED", nav: "0.0000", paidIn: "500.0000" },
    ]);
    expect(marked.basis).toBe("NAV");
    expect(marked.byTechnology.map((s) => [s.key, s.share])).toEqual([
      ["SOLAR", 0.75],
      ["WIND", 0.25],
    ]);
    expect(marked.byCountry).toEqual([{ key: "KE", label: "Kenya", value: "400.0000", share: 1, holdings: 2 }]);
    expect(marked.pins).toEqual([expect.objectContaining({ holdingId: a.id, lat: -0.1, lng: 34.7, value: "300.0000" })]);
    const unmarked = await getPortfolioAllocation(investor, [
      { id: a.id, status: "ACTIVE", nav: "0.0000", paidIn: "100.0000" },
      { id: b.id, status: "ACTIVE", nav: "0.0000", paidIn: "300.0000" },
    ]);
    expect(unmarked.basis).toBe("paid in");
    expect(unmarked.byTechnology[0]).toMatchObject({ key: "WIND", share: 0.75 });
    const stranger = await createTenant({ type: "INVESTOR" });
    expect((await getPortfolioAllocation(stranger, [{ id: a.id, status: "ACTIVE", nav: "1", paidIn: "1" }])).byTechnology).toEqual([]);
  });
});
