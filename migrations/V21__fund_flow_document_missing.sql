-- Whether the report states that no budget document backs a ledger line (Jiangmen: 年中追减57.08万元，但未提供预算
-- 调整相关文件). A line without a document reference only means the report cites none; this says there is none.
ALTER TABLE fund_flow ADD COLUMN document_missing BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE fund_flow ADD CONSTRAINT fund_flow_document_missing_without_reference
    CHECK (NOT (document_missing AND document_reference IS NOT NULL));
