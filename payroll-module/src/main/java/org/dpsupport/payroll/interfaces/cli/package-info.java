/**
 * The command line ({@code bin/dps tax | ni | gross-to-net}): reads JSON Lines, hands plain values
 * to the engine and writes its results. It only translates; the rules live in the domain.
 */
package org.dpsupport.payroll.interfaces.cli;
