package org.dpsupport.server.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Completes every problem body on its way out: its status and title from the response, its instance
 * from the request's path, and the problem media type.
 */
@Provider
public class ProblemPaths implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof ApiError problem) {
      int status = response.getStatus();
      response.setEntity(
          new ApiError(
              problem.type() == null ? "about:blank" : problem.type(),
              ApiError.title(status),
              status,
              problem.detail(),
              "/api/v1/" + request.getUriInfo().getPath(false).replaceFirst("^/", ""),
              problem.detail()),
          null,
          ApiError.PROBLEM_JSON);
    }
  }
}
