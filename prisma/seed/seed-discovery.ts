import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { matchId } from "./seed-matching";

/**
 * What people did around the marketplace, with the audit rows those actions write: Priya's saved
 * search and watchlist, who has read the Turkana thread, and Helios keeping Rift Valley's budget
 * off its listing while the turbine contract is negotiated.
 */
export async function seedDiscovery(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
  const searchId = demoId("northwind/saved-search/east-africa-solar");
  const savedAt = daysAgo(21, 11);
  const query = "type=SOLAR&type=WIND&country=KE&country=TZ&country=UG";
  await db.savedSearch.createMany({
    skipDuplicates: true,
    data: [
      {
        id: searchId,
        orgId: orgs.northwind,
        userId: users.priya,
        name: "East Africa solar and wind",
        query,
        notify: true,
        lastNotifiedAt: savedAt,
        createdAt: savedAt,
        updatedAt: savedAt,
      },
    ],
  });
  const watchedAt = daysAgo(16, 15);
  await db.projectWatch.createMany({
    skipDuplicates: true,
    data: [{ id: demoId("northwind/watch/rift-valley"), orgId: orgs.northwind, userId: users.priya, projectId: projects.riftValley.id, createdAt: watchedAt }],
  });

  const lastMessage = await db.matchMessage.findFirst({ where: { matchId: matchId("turkana") }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  if (lastMessage) {
    const readAt = new Date(lastMessage.createdAt.getTime() + 40 * 60_000);
    await db.matchRead.createMany({
      skipDuplicates: true,
      data: [users.priya, users.james, users.amara].map((userId) => ({ matchId: matchId("turkana"), userId, lastReadAt: readAt })),
    });
  }

  const settingsAt = daysAgo(30, 9);
  const hidden = { showMilestones: true, showBudget: false, showSignalScore: true, showDocuments: true };
  await db.projectMarketplaceSettings.createMany({ skipDuplicates: true, data: [{ projectId: projects.riftValley.id, ...hidden, updatedAt: settingsAt }] });

  await db.auditLog.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("audit/northwind/saved-search/created"),
        orgId: orgs.northwind,
        userId: users.priya,
        action: "saved_search.created",
        entityType: "SavedSearch",
        entityId: searchId,
        changes: { after: { name: "East Africa solar and wind", query, notify: true } },
        timestamp: savedAt,
      },
      {
        id: demoId("audit/northwind/watch/rift-valley"),
        orgId: orgs.northwind,
        userId: users.priya,
        action: "project.watched",
        entityType: "Project",
        entityId: projects.riftValley.id,
        timestamp: watchedAt,
      },
      {
        id: demoId("audit/helios/rift-valley/listing-settings"),
        orgId: orgs.helios,
        userId: users.sarah,
        action: "project.listing_settings_changed",
        entityType: "Project",
        entityId: projects.riftValley.id,
        changes: { before: { ...hidden, showBudget: true }, after: hidden },
        timestamp: settingsAt,
      },
    ],
  });
}
