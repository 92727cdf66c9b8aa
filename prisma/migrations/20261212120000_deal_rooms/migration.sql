-- Deal rooms with the NDA gate (issue 15): per member org what it may do, the documents shared
-- into a room, the room's NDA text and every acceptance of it.
-- AlterTable
ALTER TABLE "deal_room_members" ADD COLUMN     "can_see_financial" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "removed_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "deal_rooms" ADD COLUMN     "nda_text" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "deal_room_documents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "deal_room_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "is_financial" BOOLEAN NOT NULL DEFAULT false,
    "shared_by" UUID NOT NULL,
    "shared_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deal_room_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nda_acceptances" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "deal_room_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "typed_name" VARCHAR(255) NOT NULL,
    "ip" VARCHAR(45),
    "user_agent" VARCHAR(500),
    "nda_sha256" CHAR(64) NOT NULL,
    "accepted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "nda_acceptances_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "deal_room_documents_document_id_idx" ON "deal_room_documents"("document_id");

-- CreateIndex
CREATE UNIQUE INDEX "deal_room_documents_deal_room_id_document_id_key" ON "deal_room_documents"("deal_room_id", "document_id");

-- CreateIndex
CREATE INDEX "nda_acceptances_deal_room_id_accepted_at_idx" ON "nda_acceptances"("deal_room_id", "accepted_at");

-- CreateIndex
CREATE UNIQUE INDEX "nda_acceptances_deal_room_id_user_id_nda_sha256_key" ON "nda_acceptances"("deal_room_id", "user_id", "nda_sha256");

-- AddForeignKey
ALTER TABLE "deal_room_documents" ADD CONSTRAINT "deal_room_documents_deal_room_id_fkey" FOREIGN KEY ("deal_room_id") REFERENCES "deal_rooms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_documents" ADD CONSTRAINT "deal_room_documents_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_documents" ADD CONSTRAINT "deal_room_documents_shared_by_fkey" FOREIGN KEY ("shared_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nda_acceptances" ADD CONSTRAINT "nda_acceptances_deal_room_id_fkey" FOREIGN KEY ("deal_room_id") REFERENCES "deal_rooms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nda_acceptances" ADD CONSTRAINT "nda_acceptances_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nda_acceptances" ADD CONSTRAINT "nda_acceptances_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- access_level now means what a member org may do with the documents: open them (viewer) or also download them (downloader).
UPDATE "deal_room_members" SET "access_level" = 'viewer' WHERE "access_level" NOT IN ('viewer', 'downloader');
ALTER TABLE "deal_room_members" ADD CONSTRAINT "ck_deal_room_members_access_level" CHECK ("access_level" IN ('viewer', 'downloader'));
ALTER TABLE "deal_rooms" ADD CONSTRAINT "ck_deal_rooms_status" CHECK ("status" IN ('open', 'closed', 'archived'));
ALTER TABLE "nda_acceptances" ADD CONSTRAINT "ck_nda_acceptances_typed_name" CHECK (length(btrim("typed_name")) > 0);
ALTER TABLE "nda_acceptances" ADD CONSTRAINT "ck_nda_acceptances_sha256" CHECK ("nda_sha256" ~ '^[0-9a-f]{64}$');
