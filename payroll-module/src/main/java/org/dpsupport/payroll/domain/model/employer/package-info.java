/** The budget holder as an employer: HMRC references, pay day and the account wages leave from. */
package org.dpsupport.payroll.domain.model.employer;
