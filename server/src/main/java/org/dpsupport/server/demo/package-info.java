/**
 * Demo data as code, loaded at start-up (interfaces/lifecycle) only when DPS_DEMO (MicroProfile
 * Config dps.demo) is true, so a production start never has demo users. Depends on application
 * services and stores; nothing but the start-up depends on it.
 */
package org.dpsupport.server.demo;
