/**
 * Matching: the {@link org.dpsupport.register.domain.service.Matcher} ranks searchable PAs for a
 * need and explains every score line by line; the {@link
 * org.dpsupport.register.domain.service.RegisterIndex} keeps searchable PAs by district and skill
 * so a query over 100,000 profiles touches only the candidates.
 */
package org.dpsupport.register.domain.service;
