/**
 * Demo data as code, loaded at start-up only when DPS_DEMO (MicroProfile Config dps.demo) is true,
 * so a production start never has demo users.
 */
package org.dpsupport.server.demo;
