import { BellOff, ChevronLeft, ChevronRight, Settings2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const metadata: Metadata = { title: "Notifications" };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const tenant = await requireTenantPage();
  const { items, page, pageCount, total, unread } = await listNotifications(tenant, Number((await searchParams).page) || 1);
  return (
    <>
      <PageHeader
        title="Notifications"
        description={unread ? `${unread} unread of ${total}.` : total ? "You have read everything." : undefined}
        actions={
          <>
            <Button variant="ghost" asChild>
              <Link href="/notifications/preferences">
                <Settings2 aria-hidden />
                Email settings
              </Link>
            </Button>
            <MarkAllReadButton unread={unread} />
          </>
        }
      />
      {items.length ? (
        <div className="grid gap-4">
          <NotificationList items={items} />
          {pageCount > 1 ? (
            <nav aria-label="Notification pages" className="flex items-center justify-between text-sm text-muted-foreground">
              <span>
                Page {page} of {pageCount}
              </span>
              <span className="flex gap-2">
                <PageLink page={page - 1} disabled={page <= 1} direction="newer" />
                <PageLink page={page + 1} disabled={page >= pageCount} direction="older" />
              </span>
            </nav>
          ) : null}
        </div>
      ) : (
        <EmptyState
          icon={BellOff}
          title="No notifications yet"
          description="When a redaction is ready for you to review, a Signal Score finishes or someone shares a document with you, it appears here."
        />
      )}
    </>
  );
}

function PageLink({ page, disabled, direction }: { page: number; disabled: boolean; direction: "newer" | "older" }) {
  const content =
    direction === "newer" ? (
      <>
        <ChevronLeft aria-hidden /> Newer
      </>
    ) : (
      <>
        Older <ChevronRight aria-hidden />
      </>
    );
  return disabled ? (
    <Button variant="outline" size="sm" disabled>
      {content}
    </Button>
  ) : (
    <Button variant="outline" size="sm" asChild>
      <Link href={`/notifications?page=${page}`}>{content}</Link>
    </Button>
  );
}
