package org.dpsupport.server.security;

/** The one JSON shape for errors outside JAX-RS (filters and the authentication mechanism). */
final class Json {

  private Json() {}

  static String errorObject(String message) {
    return jakarta.json.Json.createObjectBuilder().add("error", message).build().toString();
  }
}
