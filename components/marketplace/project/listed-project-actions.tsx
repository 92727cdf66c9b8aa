import { MessagesSquare } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { hasAccess } from "@/lib/access/check-access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { marketplaceAccess } from "@/lib/marketplace/access";
import type { ProjectFitDto } from "@/lib/marketplace/get-project-fit";
import { ExpressInterestButton } from "./express-interest-button";
import { WatchProjectButton } from "./watch-project-button";

const ENGAGED = new Set(["INTERESTED", "CONNECTED"]);

/** What an investor can do from a listed project: watch it, express interest, or carry on the conversation it started. */
export function ListedProjectActions({ tenant, projectId, watching, fit }: { tenant: TenantContext; projectId: string; watching: boolean; fit: ProjectFitDto | null }) {
  const engaged = fit !== null && ENGAGED.has(fit.status);
  return (
    <div className="flex flex-wrap items-start gap-2">
      {hasAccess(tenant, marketplaceAccess.follow) ? <WatchProjectButton projectId={projectId} watching={watching} /> : null}
      {engaged ? (
        <Button asChild>
          <Link href={`/matches/${fit.matchId}`}>
            <MessagesSquare aria-hidden /> Open the conversation
          </Link>
        </Button>
      ) : hasAccess(tenant, marketplaceAccess.engage) && fit?.status !== "WITHDRAWN" ? (
        <ExpressInterestButton projectId={projectId} />
      ) : null}
    </div>
  );
}
