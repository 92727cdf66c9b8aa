import { hasAccess } from "@/lib/access/check-access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { WatchProjectButton } from "./watch-project-button";

/** What an investor can do from a listed project: watch it, express interest, ask the developer. */
export function ListedProjectActions({ tenant, projectId, watching }: { tenant: TenantContext; projectId: string; watching: boolean }) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      {hasAccess(tenant, marketplaceAccess.follow) ? <WatchProjectButton projectId={projectId} watching={watching} /> : null}
    </div>
  );
}
