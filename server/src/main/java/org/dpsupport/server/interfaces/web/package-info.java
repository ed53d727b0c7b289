/**
 * Faces view beans behind the server-rendered GOV.UK-style pages. They translate form input into
 * application-service calls and never hold business rules. Pages use no JavaScript.
 */
package org.dpsupport.server.interfaces.web;
