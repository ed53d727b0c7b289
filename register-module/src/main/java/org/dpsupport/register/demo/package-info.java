/**
 * Demo data as code: a deterministic Barking and Dagenham register of PAs with varied vetting
 * states, and some needs, for the server's demo mode and for benchmarks. Never loaded in
 * production.
 */
package org.dpsupport.register.demo;
