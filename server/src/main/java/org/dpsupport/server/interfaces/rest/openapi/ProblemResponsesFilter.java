package org.dpsupport.server.interfaces.rest.openapi;

import java.util.Map;
import org.dpsupport.server.interfaces.rest.ApiError;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation can give, each with the RFC 9457 problem body
 * ({@link ApiError}): 400 for a body or value that cannot be used, 401 without valid credentials,
 * 403 for someone else's record, 404 for no such record, 415 for the wrong content type and 500 for
 * our own failure; plus 409 and 413 where a body is sent. An operation's own description of a
 * status (for example "the account is not yours to see") is kept.
 *
 * <p>Request and response bodies are Java records, whose fields the scanner does not read (it
 * leaves a bare {@code {"type":"object"}}): each such schema gets its fields from the record's
 * components, so every body is documented field by field.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final Map<String, String> ALWAYS =
      Map.of(
          "400", "The request has a value we cannot use; the detail says what to change",
          "401", "Send your username and password (HTTP Basic), or sign in on the pages",
          "403", "The record is not yours to see or change, or your role does not do this; logged",
          "404", "There is no such record, or nothing at this address",
          "500", "Our failure: the detail gives an incident number to quote");

  private static final Map<String, String> WITH_BODY =
      Map.of(
          "409", "The record is not in a state for this; the detail says why",
          "413", "The body is larger than we take (uploads: 20 MB; JSON: 1 MB)",
          "415", "Send the content type the operation names");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    if (openAPI.getComponents().getSchemas() == null
        || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
      openAPI.getComponents().addSchema("Problem", problemSchema());
    }
    java.util.Set<String> referenced = new java.util.HashSet<>();
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      for (PathItem item : openAPI.getPaths().getPathItems().values()) {
        for (Operation operation : item.getOperations().values()) {
          if (operation.getRequestBody() != null
              && operation.getRequestBody().getContent() != null) {
            for (MediaType m : operation.getRequestBody().getContent().getMediaTypes().values()) {
              if (m.getSchema() != null && m.getSchema().getRef() != null) {
                referenced.add(m.getSchema().getRef().replace("#/components/schemas/", ""));
              }
            }
          }
        }
      }
    }
    RecordSchemas.fill(openAPI.getComponents(), referenced);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
          responses = OASFactory.createAPIResponses();
          operation.setResponses(responses);
        }
        add(responses, ALWAYS);
        if (operation.getRequestBody() != null) {
          add(responses, WITH_BODY);
        }
      }
    }
  }

  private static void add(APIResponses responses, Map<String, String> statuses) {
    for (Map.Entry<String, String> s : statuses.entrySet()) {
      APIResponse existing = responses.getAPIResponse(s.getKey());
      if (existing == null) {
        responses.addAPIResponse(
            s.getKey(),
            OASFactory.createAPIResponse().description(s.getValue()).content(problem()));
      } else if (existing.getContent() == null) {
        existing.setContent(problem());
      }
    }
  }

  private static Content problem() {
    MediaType type =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
    return OASFactory.createContent().addMediaType(ApiError.MEDIA_TYPE, type);
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem: what went wrong and what to change")
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty("error", text);
  }
}
