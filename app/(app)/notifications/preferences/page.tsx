import type { Metadata } from "next";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { getNotificationPreferences } from "@/lib/notifications/get-notification-preferences";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationPreferencesPage() {
  const tenant = await requireTenantPage();
  const preferences = await getNotificationPreferences(tenant);
  return (
    <>
      <PageHeader
        title="Notification settings"
        description="Choose what reaches you by email. These settings are yours alone."
        breadcrumbs={[{ label: "Notifications", href: "/notifications" }, { label: "Settings" }]}
      />
      <NotificationPreferencesForm initial={preferences} email={tenant.user.email} />
    </>
  );
}
