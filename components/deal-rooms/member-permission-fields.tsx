"use client";

import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import type { MemberAccessLevel } from "@/lib/deal-rooms/room-rules";

export type MemberPermissions = { accessLevel: MemberAccessLevel; canSeeFinancial: boolean };

/** What a member org may do: view only or also download, and whether it sees the financial documents. */
export function MemberPermissionFields({ value, onChange }: { value: MemberPermissions; onChange: (next: MemberPermissions) => void }) {
  return (
    <>
      <Field label="Documents">
        <NativeSelect value={value.accessLevel} onChange={(event) => onChange({ ...value, accessLevel: event.target.value as MemberAccessLevel })}>
          <option value="viewer">View in the browser only</option>
          <option value="downloader">View and download</option>
        </NativeSelect>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={value.canSeeFinancial} onChange={(event) => onChange({ ...value, canSeeFinancial: event.target.checked })} />
        May see financial documents (filed under a financial folder)
      </label>
    </>
  );
}
