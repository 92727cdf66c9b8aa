import { toAccessSubject } from "@/lib/access/check-access";
import { usesClerk } from "@/lib/auth/auth-mode";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { getNotificationSummary } from "@/lib/notifications/get-notification-summary";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { AssistantTriggerFace, AssistantTriggerPlaceholder } from "@/components/assistant/assistant-trigger-face";
import { AssistantTriggerSlot } from "@/components/assistant/assistant-trigger-slot";
import { MobileNav } from "./mobile-nav";
import { OrgTypeBadge } from "./org-type-badge";
import { UserMenu } from "./user-menu";

export async function TopBar({ tenant }: { tenant: TenantContext }) {
  const { user, org, role } = tenant;
  const notifications = await getNotificationSummary(tenant);
  return (
    <header className="sticky top-0 z-20 flex h-14 shrink-0 items-center gap-3 border-b border-border bg-surface/90 px-4 backdrop-blur supports-[backdrop-filter]:bg-surface/75 sm:px-6 lg:px-8">
      <MobileNav access={toAccessSubject(tenant)} />
      <div className="flex min-w-0 flex-1 items-center gap-2.5">
        {org.logoUrl ? <img src={org.logoUrl} alt="" className="size-7 shrink-0 rounded-md object-contain" /> : null}
        <span className="truncate text-sm font-semibold text-foreground" title={org.name}>
          {org.name}
        </span>
        <OrgTypeBadge type={org.type} />
      </div>
      <AssistantTriggerSlot face={<AssistantTriggerFace />} placeholder={<AssistantTriggerPlaceholder />} />
      <NotificationBell initial={notifications} />
      <UserMenu fullName={user.fullName} email={user.email} avatarUrl={user.avatarUrl} role={role} orgName={org.name} clerk={usesClerk()} />
    </header>
  );
}
