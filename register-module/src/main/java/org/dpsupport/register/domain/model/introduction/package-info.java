/**
 * Introductions: a PA and a budget holder's side each say they are interested; contact details are
 * exchanged only when both have agreed, and every view is logged. Hiring ends the introduction and
 * produces the new employee that payroll sets up.
 */
package org.dpsupport.register.domain.model.introduction;
