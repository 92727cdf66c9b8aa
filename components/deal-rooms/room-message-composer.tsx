"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { postRoomMessageAction } from "@/lib/deal-rooms/messages/actions";
import type { RoomParticipantDto } from "@/lib/deal-rooms/messages/list-room-participants";
import { ROOM_MESSAGE_MAX_LENGTH } from "@/lib/deal-rooms/messages/room-message-limits";

type Props = { roomId: string; parentId?: string; participants: RoomParticipantDto[] };

/**
 * Writes a message or a reply. People ticked under "Mention" are notified; the text is kept as
 * typed when the server refuses it.
 */
export function RoomMessageComposer({ roomId, parentId, participants }: Props) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [mentioned, setMentioned] = useState<string[]>([]);
  const { execute, result, isPending } = useAction(postRoomMessageAction, {
    onSuccess: () => {
      setBody("");
      setMentioned([]);
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const toggle = (id: string, on: boolean) => setMentioned((current) => (on ? [...current, id] : current.filter((existing) => existing !== id)));
  return (
    <form
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ roomId, parentId, body, mentionedUserIds: mentioned });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="Not sent">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field label={parentId ? "Reply" : "New message"} error={errors.body} required>
        <Textarea rows={parentId ? 2 : 3} maxLength={ROOM_MESSAGE_MAX_LENGTH} value={body} onChange={(event) => setBody(event.target.value)} />
      </Field>
      {participants.length ? (
        <fieldset className="grid gap-2">
          <legend className="text-sm font-medium">Mention (they are notified)</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {participants.map((person) => (
              <label key={person.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={mentioned.includes(person.id)} onChange={(event) => toggle(person.id, event.target.checked)} />
                {person.name} <span className="text-muted-foreground">· {person.orgName}</span>
              </label>
            ))}
          </div>
          {errors.mentionedUserIds ? <p className="text-xs font-medium text-danger">{errors.mentionedUserIds[0]}</p> : null}
        </fieldset>
      ) : null}
      <div>
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? "Sending…" : parentId ? "Send reply" : "Send message"}
        </Button>
      </div>
    </form>
  );
}
