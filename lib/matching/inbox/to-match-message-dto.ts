/** One message of a match's thread, as the reader sees it: whose side wrote it, and whether it was them. */
export type MatchMessageDto = { id: string; content: string; createdAt: string; senderName: string; fromOwnSide: boolean; mine: boolean };

type MessageRow = { id: string; content: string; createdAt: Date; senderId: string; sender: { fullName: string; orgId: string } };

export function toMatchMessageDto(row: MessageRow, readerUserId: string, reader: { orgId: string }): MatchMessageDto {
  return {
    id: row.id,
    content: row.content,
    createdAt: row.createdAt.toISOString(),
    senderName: row.sender.fullName,
    fromOwnSide: row.sender.orgId === reader.orgId,
    mine: row.senderId === readerUserId,
  };
}
