import { format } from "date-fns";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { unsafeGetDevMail } from "@/lib/email/dev-mailbox";
import { devMailboxEnabled } from "@/lib/email/mail-config";

export const metadata: Metadata = { title: "Mail" };

type Props = { params: Promise<{ messageId: string }> };

/** One kept mail: its headers, the HTML as a mail client would show it (sandboxed: no scripts, no forms), and the plain text. */
export default async function DevMailPage({ params }: Props) {
  if (!devMailboxEnabled()) notFound();
  await requireTenantPage();
  const mail = await unsafeGetDevMail((await params).messageId);
  if (!mail) notFound();
  return (
    <main id="main" className="mx-auto grid w-full max-w-5xl gap-6 px-4 py-8 sm:px-6">
      <PageHeader
        title={mail.subject}
        breadcrumbs={[{ label: "Development mailbox", href: "/dev/mailbox" }, { label: mail.subject }]}
        description={
          <>
            To <span className="font-medium text-foreground">{mail.to}</span> ·{" "}
            <time dateTime={mail.createdAt}>{format(new Date(mail.createdAt), "d MMM yyyy, HH:mm:ss")}</time>
          </>
        }
        className="pb-0"
      />
      <section aria-label="HTML version" className="overflow-hidden rounded-lg border border-border bg-surface">
        <iframe title={`Mail: ${mail.subject}`} srcDoc={mail.html} sandbox="" className="h-[36rem] w-full" />
      </section>
      <section aria-labelledby="plain-text" className="grid gap-2">
        <h2 id="plain-text" className="text-sm font-semibold">
          Plain text
        </h2>
        <pre className="overflow-x-auto rounded-lg border border-border bg-muted p-4 text-sm whitespace-pre-wrap">{mail.text}</pre>
      </section>
    </main>
  );
}
