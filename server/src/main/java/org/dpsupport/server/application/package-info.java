/**
 * Application services: one per use-case family. They own the transactions, apply per-record access
 * and write the audit trail; resources and page beans only translate to and from them.
 */
package org.dpsupport.server.application;
