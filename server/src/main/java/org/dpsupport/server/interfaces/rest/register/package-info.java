/**
 * The PA register's REST API under /api/v1/register: joining, profiles, vetting, needs, matches,
 * introductions and hire. Resources translate JSON (`RegisterJson`) to application/register calls;
 * rule refusals become 4xx answers in the shared `RuleExceptionMapper`.
 */
package org.dpsupport.server.interfaces.rest.register;
