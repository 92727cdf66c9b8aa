-- A deal room's activity page reads the developer's access-log rows that went through that room
-- (metadata_ dealRoomId), newest first. An expression index the Prisma schema cannot express:
-- listed in RAW_SQL_INDEXES (lib/db/migrations.ts) so later schema diffs do not drop it.
CREATE INDEX "ix_document_access_logs_deal_room" ON "document_access_logs" (("metadata_"->>'dealRoomId'), "created_at" DESC) WHERE ("metadata_"->>'dealRoomId') IS NOT NULL;
