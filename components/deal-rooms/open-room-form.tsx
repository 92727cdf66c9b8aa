"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { openDealRoomAction } from "@/lib/deal-rooms/actions";
import { MemberPermissionFields, type MemberPermissions } from "./member-permission-fields";

type Investor = { id: string; name: string; connectedOnProject: boolean };

/** Opens a room for one investor org the ally is connected with; more can be invited in the room. */
export function OpenRoomForm({ projectId, projectName, investors }: { projectId: string; projectName: string; investors: Investor[] }) {
  const router = useRouter();
  const [investorOrgId, setInvestorOrgId] = useState(investors[0]?.id ?? "");
  const [name, setName] = useState(`${projectName} - Deal room`);
  const [ndaRequired, setNdaRequired] = useState(true);
  const [ndaText, setNdaText] = useState("");
  const [permissions, setPermissions] = useState<MemberPermissions>({ accessLevel: "viewer", canSeeFinancial: false });
  const { execute, result, isPending } = useAction(openDealRoomAction, {
    onSuccess: ({ data }) => data && router.push(`/projects/${data.projectId}/deal-rooms/${data.id}`),
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  if (investors.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">A room is opened for an investor you are connected with. Connect with an investor on one of your matches first.</p>
    );
  }
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ projectId, investorOrgId, name, ndaRequired, ndaText, ...permissions });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="Room not opened">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field label="Investor" error={errors.investorOrgId?.[0]}>
        <NativeSelect value={investorOrgId} onChange={(event) => setInvestorOrgId(event.target.value)}>
          {investors.map((investor) => (
            <option key={investor.id} value={investor.id}>
              {investor.name}
              {investor.connectedOnProject ? " (connected on this project)" : " (connected on another project)"}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Room name" error={errors.name?.[0]} required>
        <Input value={name} onChange={(event) => setName(event.target.value)} maxLength={255} />
      </Field>
      <MemberPermissionFields value={permissions} onChange={setPermissions} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={ndaRequired} onChange={(event) => setNdaRequired(event.target.checked)} />
        Members accept an NDA before anything opens
      </label>
      {ndaRequired ? (
        <Field label="NDA text" error={errors.ndaText?.[0]} hint="Each member user accepts this exact text by typing their name." required>
          <Textarea rows={8} value={ndaText} onChange={(event) => setNdaText(event.target.value)} />
        </Field>
      ) : null}
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Opening…" : "Open the room"}
        </Button>
      </div>
    </form>
  );
}
