"use client";

import { Archive, CirclePause, Ellipsis, EyeOff, LoaderCircle, Pencil, Play, Rocket, Undo2 } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { changeProjectStatusAction, publishProjectAction, unpublishProjectAction } from "@/lib/projects/actions";
import type { HeaderPermissions, HeaderProject, OfferedTransition } from "./types";

// The checklist dialog loads when Publish is first clicked: it kept every project page near its first-load budget.
const PublishDialog = dynamic(() => import("./publish-dialog").then((dialog) => dialog.PublishDialog), { ssr: false });

const ICONS = { ACTIVE: Play, DRAFT: Undo2, SUSPENDED: CirclePause, ARCHIVED: Archive };

type ActionResult = { serverError?: { message: string }; validationErrors?: unknown } | undefined;

type Props = { project: HeaderProject; permissions: HeaderPermissions; onError: (message: string | null) => void };

/**
 * Only what the role may do from the current status is shown (the server refuses the rest anyway).
 * Changes that take the project out of use or off the marketplace are confirmed first.
 */
export function ProjectActions({ project, permissions, onError }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pendingTo, setPendingTo] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<OfferedTransition | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [publishOpen, setPublishOpen] = useState(false);
  const [publishWanted, setPublishWanted] = useState(false);

  /** The error message to show, or null when it worked (then the page reloads its data). */
  async function run(action: () => Promise<ActionResult>): Promise<string | null> {
    const result = await action();
    const message = result?.serverError?.message ?? (result?.validationErrors ? "That request was not valid: reload the page and try again." : null);
    if (!message) router.refresh();
    return message;
  }
  const changeStatus = (to: OfferedTransition["to"]) => run(() => changeProjectStatusAction({ projectId: project.id, status: to }));

  async function changeDirectly(transition: OfferedTransition) {
    setPendingTo(transition.to);
    onError(null);
    onError(await changeStatus(transition.to));
    setPendingTo(null);
  }

  const direct = permissions.transitions.filter((t) => !t.confirm);
  const confirmed = permissions.transitions.filter((t) => t.confirm);
  const onEditPage = pathname.endsWith("/edit");

  return (
    <>
      {permissions.canEdit && !onEditPage ? (
        <Button variant="outline" asChild>
          <Link href={`/projects/${project.id}/edit`}>
            <Pencil aria-hidden /> Edit
          </Link>
        </Button>
      ) : null}
      {direct.map((transition) => {
        const Icon = ICONS[transition.to];
        const pending = pendingTo === transition.to;
        return (
          <Button
            key={transition.to}
            variant={transition.to === "ACTIVE" && project.status === "DRAFT" ? "default" : "outline"}
            disabled={pendingTo !== null}
            aria-busy={pending}
            onClick={() => changeDirectly(transition)}
          >
            {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : <Icon aria-hidden />} {transition.label}
          </Button>
        );
      })}
      {permissions.readiness ? (
        <Button
          onClick={() => {
            setPublishWanted(true);
            setPublishOpen(true);
          }}
        >
          <Rocket aria-hidden /> Publish
        </Button>
      ) : null}
      {permissions.readiness && publishWanted ? (
        <PublishDialog
          open={publishOpen}
          onOpenChange={setPublishOpen}
          projectId={project.id}
          projectName={project.name}
          readiness={permissions.readiness}
          error={dialogError}
          onPublish={async () => {
            const message = await run(() => publishProjectAction({ projectId: project.id }));
            setDialogError(message);
            return message === null;
          }}
        />
      ) : null}
      {permissions.canPublish && project.isPublished ? (
        <ConfirmDialog
          trigger={
            <Button variant="outline">
              <EyeOff aria-hidden /> Unpublish
            </Button>
          }
          title="Take this project off the marketplace?"
          description="Investors will no longer find it. Its first publication date is kept, and you can publish it again at any time."
          confirmLabel="Unpublish"
          pendingLabel="Unpublishing…"
          error={dialogError}
          onConfirm={async () => {
            const message = await run(() => unpublishProjectAction({ projectId: project.id }));
            setDialogError(message);
            return message === null;
          }}
        />
      ) : null}
      {confirmed.length > 0 ? (
        <LazyMenu
          trigger={
            <Button variant="outline" size="icon" aria-label="More actions">
              <Ellipsis aria-hidden />
            </Button>
          }
          content={({ Item }) =>
            confirmed.map((transition) => {
              const Icon = ICONS[transition.to];
              return (
                <Item
                  key={transition.to}
                  variant={transition.to === "ARCHIVED" ? "destructive" : "default"}
                  onSelect={() => {
                    setDialogError(null);
                    setConfirming(transition);
                  }}
                >
                  <Icon aria-hidden /> {transition.label}
                </Item>
              );
            })
          }
        />
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={confirming?.confirm?.title ?? ""}
        description={confirming?.confirm?.description ?? ""}
        confirmLabel={confirming?.label ?? ""}
        pendingLabel="Saving…"
        error={dialogError}
        onConfirm={async () => {
          if (!confirming) return true;
          const message = await changeStatus(confirming.to);
          setDialogError(message);
          if (message === null) setConfirming(null);
          return message === null;
        }}
      />
    </>
  );
}
