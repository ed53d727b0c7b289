-- The employer pays the agency's fee with its VAT from the direct payment, so a run's total cost
-- (budget pages, the invoice, monitoring's expected payments) includes that VAT: 20% of the fee
-- when the agency is VAT-registered, else none. Runs already worked out get it from their agency.
alter table pay_run add column agency_fee_vat numeric(12, 2) default 0 not null;
update pay_run set agency_fee_vat = round(agency_fee * 0.20, 2)
 where account_id in (select a.id from dp_account a join payroll_agency g on g.id = a.agency_id
                       where g.vat_registered = true);
update pay_run set total_cost = total_cost + agency_fee_vat where agency_fee_vat <> 0;
