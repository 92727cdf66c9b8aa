import { Building2, Clock, Download, Mail, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import { FileTypeIcon } from "@/components/dataroom/file-type-icon";
import { formatDateTime } from "@/components/dataroom/format-date-time";
import { BrandMark } from "@/components/shell/brand-mark";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { openShareLink } from "@/lib/dataroom/share/open-share-link";
import { formatBytes } from "@/lib/dataroom/upload-limits";
import { orNotFound } from "@/lib/errors/or-not-found";
import { rateLimitRefusal } from "@/lib/rate-limit/consume-rate-limit";

// The token is the credential: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = { title: "Shared document", robots: { index: false, follow: false }, referrer: "no-referrer" };

type PageProps = { params: Promise<{ token: string }> };

/** What someone outside the platform sees when they open a share link: no sign-in, no app shell. */
export default async function SharedDocumentPage({ params }: PageProps) {
  const { token } = await params;
  const meta = await getRequestMeta();
  // Counted per address before the token is read, so guessing tokens spends the allowance too.
  const refusal = await rateLimitRefusal("share-open", { ip: meta.ipAddress });
  if (refusal) {
    return (
      <main className="flex min-h-dvh flex-col items-center justify-center gap-8 bg-background px-4 py-12">
        <BrandMark />
        <Alert variant="warning" title="Please wait a moment" className="w-full max-w-md">
          {refusal}
        </Alert>
      </main>
    );
  }
  const shared = await orNotFound(openShareLink(token, meta));

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 bg-background px-4 py-12">
      <BrandMark />
      <section aria-labelledby="shared-document-name" className="grid w-full max-w-md gap-5 rounded-lg border border-border bg-surface p-6 shadow-card">
        <div className="flex items-start gap-3">
          <FileTypeIcon fileType={shared.fileType} className="size-10" />
          <div className="grid min-w-0 gap-0.5">
            <h1 id="shared-document-name" className="text-lg font-semibold break-all">
              {shared.name}
            </h1>
            <p className="text-sm text-muted-foreground">
              Version {shared.version} · {formatBytes(shared.sizeBytes)}
            </p>
          </div>
        </div>
        <dl className="grid gap-2 text-sm">
          <div className="flex items-center gap-2">
            <Building2 aria-hidden className="size-4 text-muted-foreground" />
            <dt className="text-muted-foreground">Shared by</dt>
            <dd className="font-medium">{shared.sharerOrgName}</dd>
          </div>
          <div className="flex items-center gap-2">
            <Mail aria-hidden className="size-4 text-muted-foreground" />
            <dt className="text-muted-foreground">Shared with</dt>
            <dd className="font-medium break-all">{shared.recipientEmail}</dd>
          </div>
          <div className="flex items-center gap-2">
            <Clock aria-hidden className="size-4 text-muted-foreground" />
            <dt className="text-muted-foreground">Link expires</dt>
            <dd className="font-medium">{formatDateTime(shared.expiresAt)}</dd>
          </div>
        </dl>
        {shared.downloadable ? (
          <Button asChild size="lg">
            <a href={`/api/dataroom/shared/${token}/download`}>
              <Download aria-hidden /> Download
            </a>
          </Button>
        ) : (
          <Alert variant="warning" title="This file cannot be downloaded right now">
            Ask the person who shared it for a new copy.
          </Alert>
        )}
        <p className="flex gap-2 text-xs text-muted-foreground">
          <ShieldCheck aria-hidden className="size-4 shrink-0" />
          {shared.watermarked
            ? "Every download is logged, and the PDF is stamped with your email address."
            : "Every view and download of this link is logged for the organisation that shared it."}
        </p>
      </section>
    </main>
  );
}
