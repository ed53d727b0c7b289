/**
 * The DP Support server: it wires the payroll, monitoring and register modules to the web pages,
 * the REST API, security, scheduling and persistence. Business rules live in the modules; this
 * package tree only adapts them to Jakarta EE on Open Liberty.
 */
package org.dpsupport.server;
