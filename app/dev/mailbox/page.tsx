import { formatDistanceToNow } from "date-fns";
import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { unsafeListDevMailbox } from "@/lib/email/dev-mailbox";
import { devMailboxEnabled } from "@/lib/email/mail-config";

export const metadata: Metadata = { title: "Development mailbox" };

/**
 * Every mail the app "sent" while no SMTP_URL is set, newest first: a developer's inbox, for all
 * users at once. A 404 wherever mail really goes out (SMTP_URL set) and in production.
 */
export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  await requireTenantPage();
  const mails = await unsafeListDevMailbox();
  return (
    <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
      <PageHeader
        title="Development mailbox"
        description="Mail the app would have sent. Set SMTP_URL to send real mail instead; this page then disappears."
        breadcrumbs={[{ label: "App", href: "/dashboard" }, { label: "Development mailbox" }]}
      />
      {mails.length ? (
        <ul aria-label="Mails" className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface">
          {mails.map((mail) => (
            <li key={mail.id}>
              <Link
                href={`/dev/mailbox/${mail.id}`}
                className="grid gap-0.5 px-4 py-3 hover:bg-accent focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring"
              >
                <span className="text-sm font-medium text-foreground">{mail.subject}</span>
                <span className="text-xs text-muted-foreground">
                  To {mail.to} · <time dateTime={mail.createdAt}>{formatDistanceToNow(new Date(mail.createdAt), { addSuffix: true })}</time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState
          icon={Inbox}
          title="No mail yet"
          description="Mail appears here when a notification is sent by email, for example when a redaction is ready for review."
        />
      )}
    </main>
  );
}
