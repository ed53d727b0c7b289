/**
 * Vetting: the evidence register staff hold for a PA (DBS, right to work, references, training,
 * code of conduct) and the council's policy that decides whether a profile may be found, when it is
 * suspended and what the PA must renew. The policy's figures are data in {@code
 * register/vetting-policy.json}.
 */
package org.dpsupport.register.domain.model.vetting;
