"use client";

import { UserPlus } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { addLocalMemberAction } from "@/lib/team/actions";
import { MEMBER_ROLES, type MemberRole } from "@/lib/team/member-roles";
import { ROLE_META } from "./role-meta";

/** Local auth mode only: with Clerk, people join through Clerk invitations. */
export function AddMemberDialog({ orgName }: { orgName: string }) {
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<MemberRole>("viewer");
  const { execute, result, isPending, reset } = useAction(addLocalMemberAction, { onSuccess: () => setOpen(false) });
  const errors = result.validationErrors?.fieldErrors ?? {};

  function onOpenChange(next: boolean) {
    if (isPending) return;
    if (next) {
      reset();
      setRole("viewer");
    }
    setOpen(next);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    execute({ fullName: form.fullName, email: form.email, role });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden /> Add member
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>Add a member</DialogTitle>
          <DialogDescription>They join {orgName} right away. Local sign-in is on, so they appear on the sign-in page and sign in with one click.</DialogDescription>
        </DialogHeader>
        <form key={String(open)} onSubmit={onSubmit} className="grid gap-4" noValidate>
          {result.serverError ? (
            <Alert variant="danger" title="The member was not added">
              {result.serverError.message}
            </Alert>
          ) : null}
          <Field label="Full name" error={errors.fullName} required>
            <Input name="fullName" autoComplete="off" placeholder="e.g. Grace Wanjiru" />
          </Field>
          <Field label="Email" error={errors.email} hint="Each email address can belong to one account on the platform." required>
            <Input name="email" type="email" autoComplete="off" placeholder="name@company.com" />
          </Field>
          <Field label="Role" error={errors.role} hint={ROLE_META[role].description} required>
            <NativeSelect name="role" value={role} onChange={(event) => setRole(event.target.value as MemberRole)}>
              {MEMBER_ROLES.map((value) => (
                <option key={value} value={value}>
                  {ROLE_META[value].label}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)} disabled={isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={isPending} aria-busy={isPending}>
              {isPending ? "Adding…" : "Add member"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
