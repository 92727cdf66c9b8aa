import type { StorageConfig } from "../../lib/storage/s3-client";
import type { FactoryDb } from "../factories";
import { loadDemoContext } from "./demo-context";
import { seedAiConversations } from "./seed-ai-conversations";
import { seedAiProvenance } from "./seed-ai-provenance";
import { seedAiTaskLogs } from "./seed-ai-task-logs";
import { seedAuditTrail } from "./seed-audit-trail";
import { seedBlockchainRecords } from "./seed-blockchain";
import { seedConnectors } from "./seed-connectors";
import { seedCrm } from "./seed-crm";
import { seedDataRoom } from "./seed-dataroom";
import { seedDataRoomActivity } from "./seed-dataroom-activity";
import { seedDealIntelligence } from "./seed-deal-intelligence";
import { seedDealScreening } from "./seed-deal-screening";
import { seedDealRoomGuests } from "./seed-deal-room-guests";
import { seedDealRooms } from "./seed-deal-rooms";
import { seedDealRoomEngagement } from "./seed-deal-room-engagement";
import { seedDealRoomMessages } from "./seed-deal-room-messages";
import { seedDiscovery } from "./seed-discovery";
import { seedFxRates } from "./seed-fx-rates";
import { seedGamification } from "./seed-gamification";
import { seedMatching } from "./seed-matching";
import { seedMetricSnapshots } from "./seed-metric-snapshots";
import { seedNotifications } from "./seed-notifications";
import { seedPipeline } from "./seed-pipeline";
import { seedPlatformSettings } from "./seed-platform-settings";
import { seedCovenantChecks } from "./seed-covenant-checks";
import { seedPortfolio } from "./seed-portfolio";
import { seedProjectKpis } from "./seed-project-kpis";
import { seedPortfolioCashFlows } from "./seed-portfolio-cash-flows";
import { seedOffPlatformHolding } from "./seed-off-platform-holding";
import { seedPromptTemplates } from "./seed-prompt-templates";
import { seedQa } from "./seed-qa";
import { seedSignalScores } from "./seed-signal-scores";
import { seedWebhooks } from "./seed-webhooks";

/**
 * Everything around the demo tenants, one domain per module: Turkana's data room (its files go to
 * `storage`), score history,
 * Northwind's diligence and portfolio, integrations and the platform catalogues. Parents before
 * children. Sequential on purpose: the embedded PGlite shares one session between its socket
 * connections, and concurrent statements with large bind messages interleave there.
 */
export async function seedDemoStory(db: FactoryDb, storage: StorageConfig) {
  const ctx = await loadDemoContext(db);
  await seedPromptTemplates(db);
  await seedDataRoom(db, storage, ctx);
  await seedDataRoomActivity(db, ctx);
  await seedBlockchainRecords(db, ctx);
  await seedSignalScores(db, ctx);
  await seedPortfolio(db, storage, ctx);
  await seedProjectKpis(db, ctx);
  await seedCovenantChecks(db, ctx);
  await seedFxRates(db);
  await seedPortfolioCashFlows(db, ctx);
  await seedOffPlatformHolding(db, ctx);
  await seedMetricSnapshots(db, ctx);
  await seedMatching(db, ctx);
  await seedDiscovery(db, ctx);
  await seedDealRooms(db, ctx);
  await seedDealRoomGuests(db, ctx);
  await seedDealRoomEngagement(db, ctx);
  await seedDealRoomMessages(db, ctx);
  await seedQa(db, ctx);
  await seedPipeline(db, ctx);
  const screenIds = await seedDealIntelligence(db, ctx);
  await seedDealScreening(db, ctx, screenIds);
  await seedAiConversations(db, ctx);
  await seedAiProvenance(db, ctx, screenIds);
  await seedAiTaskLogs(db, ctx, screenIds);
  await seedGamification(db, ctx);
  await seedConnectors(db, ctx);
  await seedPlatformSettings(db, ctx);
  await seedWebhooks(db, ctx);
  await seedCrm(db, ctx);
  await seedAuditTrail(db, ctx);
  await seedNotifications(db, ctx);
}
