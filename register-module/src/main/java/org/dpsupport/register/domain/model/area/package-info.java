/**
 * Where support happens: postcode districts. PAs list the districts they work in and needs name
 * one; matching never shows a PA outside the need's district.
 */
package org.dpsupport.register.domain.model.area;
