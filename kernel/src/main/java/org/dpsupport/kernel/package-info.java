/**
 * The shared kernel: the few value types every bounded context speaks (Money and its one format for
 * people, the half-open date range, the rule exception every context's refusals extend, and
 * spreadsheet-safe CSV cells). Plain Java with no dependencies: the three domain modules and the
 * server may use it; it uses nothing of theirs (checked by the server's ArchitectureTest).
 */
package org.dpsupport.kernel;
