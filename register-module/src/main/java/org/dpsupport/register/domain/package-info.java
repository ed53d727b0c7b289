/**
 * The register's rules: the model (one sub-package per business idea) and the matching services. Of
 * our code it depends on the shared kernel only; used by the rest of the module and the server.
 */
package org.dpsupport.register.domain;
