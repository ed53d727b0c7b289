-- Issue 14 (P60/P45 to HMRC's layouts, the invoice as a document):
-- the employer's address (P60, P45, invoice), the agency's own address, VAT registration and
-- bank account for its fee (invoice), a starter's pay and tax in earlier employments this tax year
-- (P60 and P45 rows), and the statutory sick pay on each payslip (P60 statutory payments).

ALTER TABLE payroll_employer ADD COLUMN address_line1 VARCHAR(200);
ALTER TABLE payroll_employer ADD COLUMN address_line2 VARCHAR(200);
ALTER TABLE payroll_employer ADD COLUMN address_town VARCHAR(100);
ALTER TABLE payroll_employer ADD COLUMN address_county VARCHAR(100);
ALTER TABLE payroll_employer ADD COLUMN address_postcode VARCHAR(10);

ALTER TABLE payroll_agency ADD COLUMN address_line1 VARCHAR(200);
ALTER TABLE payroll_agency ADD COLUMN address_line2 VARCHAR(200);
ALTER TABLE payroll_agency ADD COLUMN address_town VARCHAR(100);
ALTER TABLE payroll_agency ADD COLUMN address_postcode VARCHAR(10);
ALTER TABLE payroll_agency ADD COLUMN vat_registered BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE payroll_agency ADD COLUMN vat_number VARCHAR(20);
ALTER TABLE payroll_agency ADD COLUMN sort_code VARCHAR(6);
ALTER TABLE payroll_agency ADD COLUMN account_number VARCHAR(8);

ALTER TABLE payroll_employee ADD COLUMN previous_pay NUMERIC(12,2);
ALTER TABLE payroll_employee ADD COLUMN previous_tax NUMERIC(12,2);
ALTER TABLE payroll_employee ADD COLUMN previous_tax_year VARCHAR(7);

ALTER TABLE payslip ADD COLUMN ssp NUMERIC(12,2) DEFAULT 0 NOT NULL;
