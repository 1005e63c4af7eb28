-- Contracts with operators (合同 / 营运商), often multi-year and shared between budgets, and their payments.
CREATE TABLE contract (
    id                       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id                BIGINT NOT NULL,
    project_id               BIGINT NOT NULL,
    ordinal                  INTEGER NOT NULL,
    title                    VARCHAR(500) NOT NULL,
    operator_id              BIGINT NOT NULL REFERENCES organisation (id),
    procurement_method       VARCHAR(500),
    procurement_reference    VARCHAR(500),
    signed_on                DATE,
    signed_on_precision      VARCHAR(5),
    service_start            DATE,
    service_start_precision  VARCHAR(5),
    service_end              DATE,
    service_end_precision    VARCHAR(5),
    total_amount             NUMERIC(16, 2),
    project_share_amount     NUMERIC(16, 2),
    description              TEXT,
    CONSTRAINT contract_report_fk FOREIGN KEY (report_id, project_id)
        REFERENCES report (id, project_id) ON DELETE CASCADE,
    CONSTRAINT contract_ordinal_unique UNIQUE (report_id, ordinal),
    CONSTRAINT contract_amounts_non_negative CHECK (total_amount >= 0 AND project_share_amount >= 0),
    CONSTRAINT contract_signed_on_precision CHECK ((signed_on IS NULL) = (signed_on_precision IS NULL)
        AND signed_on_precision IN ('YEAR', 'MONTH', 'DAY')),
    CONSTRAINT contract_service_start_precision CHECK ((service_start IS NULL) = (service_start_precision IS NULL)
        AND service_start_precision IN ('YEAR', 'MONTH', 'DAY')),
    CONSTRAINT contract_service_end_precision CHECK ((service_end IS NULL) = (service_end_precision IS NULL)
        AND service_end_precision IN ('YEAR', 'MONTH', 'DAY')),
    CONSTRAINT contract_service_period CHECK (service_end >= service_start)
);

CREATE INDEX contract_project_idx ON contract (project_id);

CREATE TABLE contract_payment (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contract_id       BIGINT NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    fiscal_year       INTEGER,
    amount            NUMERIC(16, 2) NOT NULL,
    paid_on           DATE,
    paid_on_precision VARCHAR(5),
    description       TEXT,
    CONSTRAINT contract_payment_ordinal_unique UNIQUE (contract_id, ordinal),
    CONSTRAINT contract_payment_amount_non_negative CHECK (amount >= 0),
    CONSTRAINT contract_payment_fiscal_year_range CHECK (fiscal_year BETWEEN 1990 AND 2100),
    CONSTRAINT contract_payment_paid_on_precision CHECK ((paid_on IS NULL) = (paid_on_precision IS NULL)
        AND paid_on_precision IN ('YEAR', 'MONTH', 'DAY'))
);
