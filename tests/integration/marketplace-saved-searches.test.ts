import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listSavedSearches } from "@/lib/marketplace/saved-searches/list-saved-searches";
import { notifySavedSearch } from "@/lib/marketplace/saved-searches/notify-saved-searches";
import { createSavedSearch, deleteSavedSearch, updateSavedSearch } from "@/lib/marketplace/saved-searches/save-search";
import { createTenant, createTenantProject, db } from "../support/test-db";

/** A word no other test's project contains, so a search for it sees only this test's projects. */
const uniqueWord = () =>
  `quokka${randomBytes(4)
    .toString("hex")
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)])}`;

async function investorWithSearch(query: string) {
  const investor = await createTenant({ type: "INVESTOR", role: "viewer" });
  const { id } = await createSavedSearch(investor, { name: "Kenyan solar", query, notify: true });
  return { investor, id };
}

describe("saved marketplace searches", () => {
  it("stores the search normalised (unknown values dropped, page and view reset) and lists only the owner's", async () => {
    const { investor, id } = await investorWithSearch("?type=SOLAR&type=NOPE&country=KE&page=7&view=map&sort=newest");
    const colleague = await createTenant({ type: "INVESTOR" });
    expect(await listSavedSearches(investor)).toEqual([
      expect.objectContaining({ id, name: "Kenyan solar", notify: true, href: "/marketplace?type=SOLAR&country=KE&sort=newest" }),
    ]);
    expect(await listSavedSearches(colleague)).toEqual([]);
    await expect(deleteSavedSearch(colleague, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateSavedSearch(colleague, { savedSearchId: id, notify: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.savedSearch.count({ where: { id } })).toBe(1);
  });

  it("tells the owner of projects published since the last notice that fit, once", async () => {
    const word = uniqueWord();
    const { investor, id } = await investorWithSearch(`?q=${word}&type=SOLAR`);
    const ally = await createTenant();
    const description = `A solar park near the lake, with the ${word} substation already built and the land lease signed.`;
    await createTenantProject(ally, { name: "Lake Solar", description, projectType: "SOLAR", isPublished: true });
    await createTenantProject(ally, { name: "Lake Wind", description, projectType: "WIND", isPublished: true });
    await createTenantProject(ally, { name: "Lake Draft", description, projectType: "SOLAR" });

    expect(await notifySavedSearch(id)).toBe(1);
    expect(await notifySavedSearch(id)).toBe(0);
    const notes = await db.notification.findMany({ where: { userId: investor.user.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ title: "1 new project fits “Kenyan solar”", message: "Lake Solar.", link: `/marketplace?q=${word}&type=SOLAR` });

    await createTenantProject(ally, { name: "Lake Solar II", description, projectType: "SOLAR", isPublished: true });
    await updateSavedSearch(investor, { savedSearchId: id, notify: false });
    expect(await notifySavedSearch(id)).toBe(0);
  });

  it("refuses a blank name, and keeps a hand-made 10 kB search as the marketplace reads it (cut to 200 characters)", async () => {
    const investor = await createTenant({ type: "INVESTOR" });
    const { createSavedSearchSchema } = await import("@/lib/marketplace/saved-searches/schemas");
    expect(createSavedSearchSchema.safeParse({ name: "  ", query: "" }).error?.issues[0].message).toBe("Give the search a name.");
    const { id } = await createSavedSearch(investor, { name: "Everything", query: `?q=${"wind ".repeat(2000)}`, notify: true });
    const stored = await db.savedSearch.findUniqueOrThrow({ where: { id } });
    expect(new URLSearchParams(stored.query).get("q")).toHaveLength(199);
  });
});
