/**
 * Money as pounds and pence. A small immutable value type over BigDecimal whose operations name
 * their rounding, so every HMRC rounding rule is visible where it is applied.
 */
package org.dpsupport.payroll.domain.model.money;
