"use client";

import { Link2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { revokeShareLinkAction } from "@/lib/dataroom/share/actions";
import type { ShareLinkRowDto } from "@/lib/dataroom/share/share-link-dto";
import { formatDateTime } from "./format-date-time";

const STATUS_LABEL = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;

/** "Links (n)": the share links issued for this version, each active one revocable on its own. */
export function ShareLinksButton({ documentName, links }: { documentName: string; links: ShareLinkRowDto[] }) {
  const [open, setOpen] = useState(false);
  if (links.length === 0) return null;
  const active = links.filter((link) => link.status === "active").length;
  return (
    <>
      <Button variant="outline" onClick={() => setOpen(true)}>
        <Link2 aria-hidden /> Links ({active} active)
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent className="max-w-lg">
          <DialogHeader>
            <DialogTitle>Share links</DialogTitle>
            <DialogDescription className="break-all">{documentName}</DialogDescription>
          </DialogHeader>
          <ul className="grid gap-3">
            {links.map((link) => (
              <li key={link.id} className="flex items-start justify-between gap-3 rounded-md border border-border p-3 text-sm">
                <div className="grid min-w-0 gap-0.5">
                  <span className="font-medium break-all">{link.recipientEmail}</span>
                  <span className="text-muted-foreground">
                    {link.sharedBy ? `Shared by ${link.sharedBy}` : "Shared"} on {formatDateTime(link.createdAt)}
                  </span>
                  <span className="text-muted-foreground">
                    {link.status === "revoked" && link.revokedAt
                      ? `Revoked ${formatDateTime(link.revokedAt)}`
                      : link.expiresAt
                        ? `${link.status === "expired" ? "Expired" : "Expires"} ${formatDateTime(link.expiresAt)}`
                        : null}
                  </span>
                </div>
                <div className="flex shrink-0 items-center gap-2">
                  <Badge variant={link.status === "active" ? "success" : "muted"}>{STATUS_LABEL[link.status]}</Badge>
                  {link.status === "active" ? <RevokeLinkButton link={link} /> : null}
                </div>
              </li>
            ))}
          </ul>
        </DialogContent>
      </Dialog>
    </>
  );
}

function RevokeLinkButton({ link }: { link: ShareLinkRowDto }) {
  const router = useRouter();
  const { executeAsync, result, isPending } = useAction(revokeShareLinkAction);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm">
          Revoke
        </Button>
      }
      title="Revoke this link?"
      description={`The link sent to ${link.recipientEmail} stops working at once: opening it shows that it is no longer valid. Other links to this document keep working.`}
      confirmLabel="Revoke link"
      pendingLabel="Revoking…"
      pending={isPending}
      error={result.serverError?.message}
      onConfirm={async () => {
        const outcome = await executeAsync({ sharedLogId: link.id });
        if (!outcome?.data) return false;
        router.refresh();
      }}
    />
  );
}
