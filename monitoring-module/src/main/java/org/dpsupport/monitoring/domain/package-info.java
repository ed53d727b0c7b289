/**
 * Monitoring's rules: the model (one sub-package per business idea) and the domain services that
 * combine them. Depends on the shared kernel only; used by the rest of the module and the server.
 */
package org.dpsupport.monitoring.domain;
