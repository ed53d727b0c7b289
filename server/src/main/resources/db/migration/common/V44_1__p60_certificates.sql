-- Issue 18, year end: the P60 each PA in post on 5 April is given for the tax year, made by the
-- April year-end job (or when first asked for) and kept, so the PA and the agency download the
-- certificate that was issued. One per employment and tax year: making them again adds none. A P60
-- made again because a late run changed the year's figures replaces the stored one (audited).
CREATE TABLE payroll_p60 (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    pa_employment_id   BIGINT        NOT NULL REFERENCES payroll_employee (pa_employment_id),
    tax_year           VARCHAR(7)    NOT NULL,
    taxable_pay        NUMERIC(12,2) NOT NULL,
    income_tax         NUMERIC(12,2) NOT NULL,
    pdf                BYTEA         NOT NULL,
    made_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    made_by            VARCHAR(200)  NOT NULL,
    CONSTRAINT payroll_p60_once UNIQUE (pa_employment_id, tax_year)
);
