-- The Q&A table (issue 15): the ids of a page in the default order come off the index alone, so a
-- deep page skips index entries rather than rows; the search (ILIKE '%term%' on the question, or
-- an exact tag) finds its matches in the two GIN indexes instead of scanning every question of the ally.

-- CreateIndex
CREATE INDEX "ix_qa_questions_project_number_id" ON "qa_questions"("project_id", "question_number", "id");

-- CreateIndex
CREATE INDEX "ix_qa_questions_question_trgm" ON "qa_questions" USING GIN ("question" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ix_qa_questions_tags" ON "qa_questions" USING GIN ("tags");
