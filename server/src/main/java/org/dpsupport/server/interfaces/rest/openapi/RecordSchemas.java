package org.dpsupport.server.interfaces.rest.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.dpsupport.server.interfaces.rest.AccountResource;
import org.dpsupport.server.interfaces.rest.MeResource;
import org.dpsupport.server.interfaces.rest.monitoring.MonitoringResource;
import org.dpsupport.server.interfaces.rest.payroll.PayrollResource;
import org.dpsupport.server.interfaces.rest.register.RegisterJson;
import org.dpsupport.server.interfaces.rest.register.RegisterResource;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The fields of the API's record bodies, for the schemas the OpenAPI scanner left as bare objects:
 * every record reachable from the resources' own records, by its simple name (the name the scanner
 * gives its schema).
 */
final class RecordSchemas {

  private static final Class<?>[] ROOTS = {
    AccountResource.class,
    MeResource.class,
    MonitoringResource.class,
    PayrollResource.class,
    RegisterResource.class,
    RegisterJson.class,
    org.dpsupport.server.application.payroll.EmployerService.class,
    org.dpsupport.server.application.payroll.AddressService.class,
    org.dpsupport.server.application.payroll.TaxCodeService.class,
    org.dpsupport.server.application.payroll.FamilyLeaveService.class,
    org.dpsupport.server.interfaces.rest.monitoring.CardResource.class,
    org.dpsupport.server.interfaces.rest.monitoring.ManagedResource.class,
    org.dpsupport.server.interfaces.rest.monitoring.ManagedPaymentsResource.class,
    org.dpsupport.server.interfaces.rest.monitoring.LedgerFlagResource.class,
    org.dpsupport.server.application.monitoring.LedgerFlagRecording.class,
    org.dpsupport.server.application.monitoring.ManagedAccountService.class
  };

  private RecordSchemas() {}

  static void fill(Components components, java.util.Set<String> referenced) {
    Map<String, Class<?>> records = records();
    for (String name : referenced) {
      Class<?> type = records.get(name);
      if (type != null
          && (components.getSchemas() == null || !components.getSchemas().containsKey(name))) {
        schemaOf(type, components, records);
      }
    }
    if (components.getSchemas() == null) {
      return;
    }
    for (Map.Entry<String, Schema> entry : Map.copyOf(components.getSchemas()).entrySet()) {
      Schema schema = entry.getValue();
      Class<?> type = records.get(entry.getKey());
      if (type != null
          && (schema.getProperties() == null || schema.getProperties().isEmpty())
          && schema.getRef() == null) {
        for (RecordComponent c : type.getRecordComponents()) {
          schema.addProperty(c.getName(), schemaOf(c.getGenericType(), components, records));
        }
        schema.setType(Schema.SchemaType.OBJECT);
      }
    }
  }

  private static Map<String, Class<?>> records() {
    Map<String, Class<?>> found = new HashMap<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (Class<?> root : ROOTS) {
      todo.addAll(java.util.List.of(root.getDeclaredClasses()));
    }
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!c.isRecord() || found.putIfAbsent(c.getSimpleName(), c) != null) {
        continue;
      }
      for (RecordComponent rc : c.getRecordComponents()) {
        collect(rc.getGenericType(), todo);
      }
    }
    return found;
  }

  private static void collect(Type type, Deque<Class<?>> todo) {
    if (type instanceof Class<?> c && c.isRecord()) {
      todo.push(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        collect(arg, todo);
      }
    }
  }

  private static Schema schemaOf(Type type, Components components, Map<String, Class<?>> records) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(Schema.SchemaType.ARRAY)
            .items(schemaOf(args[0], components, records));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .additionalPropertiesSchema(schemaOf(args[1], components, records));
      }
      return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }
    if (!(type instanceof Class<?> c)) {
      return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }
    if (c == String.class || c == char.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }
    if (c == long.class || c == Long.class || c == BigInteger.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
    }
    if (c == BigDecimal.class || c == double.class || c == Double.class || c == float.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
    }
    if (c == boolean.class || c == Boolean.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
    }
    if (c == LocalDate.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
    }
    if (c == LocalDateTime.class || c == OffsetDateTime.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
    }
    if (c == YearMonth.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.STRING).example("2026-11");
    }
    if (c.isEnum()) {
      Schema e = OASFactory.createSchema().type(Schema.SchemaType.STRING);
      for (Object constant : c.getEnumConstants()) {
        e.addEnumeration(((Enum<?>) constant).name());
      }
      return e;
    }
    if (c.isArray()) {
      return OASFactory.createSchema()
          .type(Schema.SchemaType.ARRAY)
          .items(schemaOf(c.getComponentType(), components, records));
    }
    if (c.isRecord()) {
      String name = c.getSimpleName();
      if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
        Schema nested = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        components.addSchema(name, nested);
        for (RecordComponent rc : c.getRecordComponents()) {
          nested.addProperty(rc.getName(), schemaOf(rc.getGenericType(), components, records));
        }
      }
      return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }
    return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
  }
}
