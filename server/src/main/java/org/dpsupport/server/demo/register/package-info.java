/**
 * Demo data for the PA register (about 200 PAs across east London postcodes with varied vetting
 * states, a profile for the demo PA and a need for the demo holder). Loaded only when the service
 * starts with demo data switched on; nothing else depends on it.
 */
package org.dpsupport.server.demo.register;
