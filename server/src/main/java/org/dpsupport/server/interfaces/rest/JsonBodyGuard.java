package org.dpsupport.server.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every JSON request body carefully before JSON-B sees it, so a bad body is a 400 that says
 * what to change and never a 500: a missing or empty body, more than {@value #MAX_BYTES} bytes
 * (413), text that is not UTF-8, JSON that does not parse, nesting deeper than {@value #MAX_DEPTH},
 * a list where an object belongs, a number too large for any field (it would otherwise wrap to
 * another id) and a value of the wrong kind or an impossible date.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor, ContainerRequestFilter {

  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_DEPTH = 32;

  /** Larger than any money amount, hour count or id the service holds. */
  private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);

  private static final int MAX_SCALE = 10;

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Context ResourceInfo resource;

  /** A method that takes a JSON body was sent none at all. */
  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null || request.hasEntity() || !takesJsonBody(method)) {
      return;
    }
    throw problem(
        400,
        "Send the details as JSON in the request body (Content-Type: application/json), as the API"
            + " document at /openapi describes.");
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context)
      throws IOException, WebApplicationException {
    MediaType type = context.getMediaType();
    if (type == null || !isJson(type)) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      throw problem(
          413,
          "The request body is larger than "
              + (MAX_BYTES / 1024)
              + " KB. Send only the fields the API document at /openapi lists.");
    }
    String text = utf8(body);
    if (text.isBlank()) {
      throw problem(400, "The request body is empty. Send the details as JSON.");
    }
    check(text, expectsList(context.getType()));
    context.setInputStream(new ByteArrayInputStream(body));
    try {
      return context.proceed();
    } catch (WebApplicationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw problem(400, wrongKind(e));
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw problem(400, "The request body is not UTF-8 text. Send JSON encoded as UTF-8.");
    }
  }

  /** Walks the whole document once: syntax, depth, the top-level shape and every number. */
  private static void check(String text, boolean listExpected) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      int depth = 0;
      boolean first = true;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (first) {
          first = false;
          if (listExpected && event != JsonParser.Event.START_ARRAY) {
            throw problem(400, "Send a JSON list ([…]) in the request body.");
          }
          if (!listExpected && event != JsonParser.Event.START_OBJECT) {
            throw problem(
                400,
                "Send a JSON object ({…}) with the fields the API document at /openapi lists, not "
                    + (event == JsonParser.Event.START_ARRAY ? "a list." : "a single value."));
          }
        }
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              throw problem(
                  400, "The JSON is nested too deeply. Send the fields the API document lists.");
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case VALUE_NUMBER -> checkNumber(parser);
          default -> {
            // strings, names, true, false and null are read by JSON-B
          }
        }
      }
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw problem(
          400,
          "The request body is not valid JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")")
              + ". Check it against the API document at /openapi.");
    } catch (WebApplicationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw problem(400, "The request body could not be read as JSON. Check it and send it again.");
    }
  }

  private static void checkNumber(JsonParser parser) {
    BigDecimal n = parser.getBigDecimal();
    if (n.abs().compareTo(LARGEST) > 0) {
      throw problem(
          400,
          "The number "
              + shortText(parser.getString())
              + " is larger than any amount, count or id we hold. Check the figure.");
    }
    if (n.stripTrailingZeros().scale() > MAX_SCALE) {
      throw problem(
          400,
          "The number "
              + shortText(parser.getString())
              + " has more decimal places than any amount we hold. Round it.");
    }
  }

  private static String shortText(String s) {
    return s.length() > 24 ? s.substring(0, 24) + "…" : s;
  }

  /** JSON-B could not put a value into its field: say which field, and what kind of value. */
  static String wrongKind(Throwable e) {
    String field = null;
    boolean date = false;
    boolean number = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DateTimeException) {
        date = true;
      }
      if (t instanceof NumberFormatException || t instanceof ArithmeticException) {
        number = true;
      }
      if (field == null && t.getMessage() != null) {
        Matcher m = PROPERTY.matcher(t.getMessage());
        if (m.find()) {
          field = m.group(1);
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    String which = field == null ? "One of the fields" : "The field " + field;
    if (date) {
      return which + " is not a real date. Send dates as YYYY-MM-DD, for example 2026-04-06.";
    }
    if (number) {
      return which + " must be a number. Check it against the API document at /openapi.";
    }
    return which
        + " has a value of the wrong kind (for example text where a number belongs, or a"
        + " name that is not one of the listed values). Check it against the API document at"
        + " /openapi.";
  }

  private static boolean takesJsonBody(Method method) {
    jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
    if (consumes == null) {
      consumes = method.getDeclaringClass().getAnnotation(jakarta.ws.rs.Consumes.class);
    }
    boolean json = false;
    if (consumes != null) {
      for (String v : consumes.value()) {
        json |= v.contains("json");
      }
    }
    if (!json) {
      return false;
    }
    for (Parameter p : method.getParameters()) {
      if (!isInjected(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInjected(Parameter p) {
    for (Annotation a : p.getAnnotations()) {
      if (a.annotationType().getPackageName().equals("jakarta.ws.rs")
          || a.annotationType().equals(Context.class)
          || a.annotationType().getPackageName().equals("jakarta.ws.rs.core")) {
        return true;
      }
    }
    return false;
  }

  private static boolean expectsList(Class<?> type) {
    return type != null
        && (type.isArray() || Collection.class.isAssignableFrom(type))
        && !Map.class.isAssignableFrom(type);
  }

  private static boolean isJson(MediaType type) {
    return "json".equalsIgnoreCase(type.getSubtype())
        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json");
  }

  static WebApplicationException problem(int status, String detail) {
    return new WebApplicationException(ApiError.response(status, detail));
  }
}
