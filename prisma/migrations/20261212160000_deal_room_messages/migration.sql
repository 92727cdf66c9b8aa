-- Deal room messages (issue 15): threads between the developer's team and the member investors;
-- a reply points at its thread's first message, mentions name the people notified.
-- CreateTable
CREATE TABLE "deal_room_messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "deal_room_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "parent_id" UUID,
    "body" TEXT NOT NULL,
    "mentioned_user_ids" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deal_room_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "deal_room_messages_deal_room_id_created_at_idx" ON "deal_room_messages"("deal_room_id", "created_at");

-- CreateIndex
CREATE INDEX "deal_room_messages_parent_id_idx" ON "deal_room_messages"("parent_id");

-- CreateIndex
CREATE INDEX "deal_room_messages_org_id_idx" ON "deal_room_messages"("org_id");

-- AddForeignKey
ALTER TABLE "deal_room_messages" ADD CONSTRAINT "deal_room_messages_deal_room_id_fkey" FOREIGN KEY ("deal_room_id") REFERENCES "deal_rooms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_messages" ADD CONSTRAINT "deal_room_messages_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_messages" ADD CONSTRAINT "deal_room_messages_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_messages" ADD CONSTRAINT "deal_room_messages_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "deal_room_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "deal_room_messages" ADD CONSTRAINT "ck_deal_room_messages_body" CHECK (length("body") BETWEEN 1 AND 4000);
