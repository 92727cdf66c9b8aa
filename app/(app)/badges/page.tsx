import type { Metadata } from "next";
import { BadgesOverview } from "@/components/badges/badges-overview";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { gamificationAccess } from "@/lib/gamification/access";
import { listBadges } from "@/lib/gamification/list-badges";

export const metadata: Metadata = { title: "Badges" };

export default async function BadgesPage() {
  const tenant = await requirePageAccess(gamificationAccess.read);
  const view = await listBadges(tenant);
  return (
    <>
      <PageHeader
        title="Badges"
        description="Badges are awarded automatically when the platform sees the work done: documents uploaded, scores reached, investors connected. Each is awarded once."
      />
      <BadgesOverview view={view} />
    </>
  );
}
