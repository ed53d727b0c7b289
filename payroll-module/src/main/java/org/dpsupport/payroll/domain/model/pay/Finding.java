package org.dpsupport.payroll.domain.model.pay;

/**
 * Something about a pay period that a person must look at before paying it, e.g. pay below the
 * National Minimum Wage. The engine reports it; it never silently changes the pay.
 */
public record Finding(String code, String message) {}
