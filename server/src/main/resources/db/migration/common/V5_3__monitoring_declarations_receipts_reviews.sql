-- Monitoring: declared spending compared with the statements, receipts and invoices found on
-- their payments, and reviews an event brings forward. The council settings are data here, with
-- the defaults on the default row (council_id NULL). Written in SQL that both PostgreSQL and H2
-- (PostgreSQL mode) accept: one column per ALTER, foreign keys as named constraints.

-- How far declared spending on a category may differ from the statements: the larger of the
-- amount and the percentage of the category.
ALTER TABLE mon_council_policy ADD COLUMN declared_tolerance_amount NUMERIC(12, 2) DEFAULT 50.00 NOT NULL;
ALTER TABLE mon_council_policy ADD COLUMN declared_tolerance_percent NUMERIC(5, 2) DEFAULT 5.00 NOT NULL;
-- The category payroll's payments (wages, tax, pension, fees) count under in the declaration.
ALTER TABLE mon_council_policy ADD COLUMN payroll_category VARCHAR(60) DEFAULT 'PA_WAGES' NOT NULL;
-- Payments above this need a receipt or invoice; NULL: the council does not ask for them.
ALTER TABLE mon_council_policy ADD COLUMN receipt_required_above NUMERIC(12, 2);
-- Days between a receipt's date and its payment; an invoice may be paid up to invoice_days after its date.
ALTER TABLE mon_council_policy ADD COLUMN receipt_days INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE mon_council_policy ADD COLUMN invoice_days INTEGER DEFAULT 30 NOT NULL;
-- A review an event calls for is due within this many days; the concerns that call for one.
ALTER TABLE mon_council_policy ADD COLUMN event_review_days INTEGER DEFAULT 28 NOT NULL;
ALTER TABLE mon_council_policy ADD COLUMN review_concerns VARCHAR(400)
    DEFAULT 'SAFEGUARDING,SURPLUS_OVER_CONTINGENCY,UNPAID_HMRC,UNPAID_PENSION,NMW_FINDING,INSURANCE_LAPSED' NOT NULL;

-- What was read from a receipt or invoice, kept so reconciliation need not read it again.
ALTER TABLE mon_upload ADD COLUMN receipt_supplier VARCHAR(200);
ALTER TABLE mon_upload ADD COLUMN receipt_date DATE;
ALTER TABLE mon_upload ADD COLUMN receipt_total NUMERIC(12, 2);
-- the lowest confidence of supplier, date and total: HIGH, MEDIUM or LOW
ALTER TABLE mon_upload ADD COLUMN receipt_confidence VARCHAR(10);

-- The receipt or invoice found on a statement line.
ALTER TABLE mon_statement_line ADD COLUMN receipt_upload_id BIGINT;
ALTER TABLE mon_statement_line ADD CONSTRAINT mon_statement_line_receipt
    FOREIGN KEY (receipt_upload_id) REFERENCES mon_upload (id);

-- The receipt or invoice a flag rests on.
ALTER TABLE mon_flag ADD COLUMN evidence_receipt_id BIGINT;
ALTER TABLE mon_flag ADD CONSTRAINT mon_flag_evidence_receipt
    FOREIGN KEY (evidence_receipt_id) REFERENCES mon_upload (id);

-- The concerns open when the account was last rated (to see one open), and the review an event
-- brought forward: when it is due and why. next_review stays the date in force.
ALTER TABLE mon_account ADD COLUMN open_concerns VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE mon_account ADD COLUMN event_review_due DATE;
ALTER TABLE mon_account ADD COLUMN event_review_reason VARCHAR(2000);
CREATE INDEX mon_account_next_review ON mon_account (next_review);
