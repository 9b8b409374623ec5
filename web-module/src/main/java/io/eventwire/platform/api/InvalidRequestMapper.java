package io.eventwire.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures of a request become 400 problems naming each field: a body's property by its path
 * (items[0].quantity), a query, path or header parameter by its name in the request (limit, sku).
 */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.badRequest("The request has invalid fields.", errors);
    }

    /** "place.arg0.items[0].quantity" becomes "items[0].quantity"; "search.arg3" the name in @QueryParam. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Method method = null;
        String parameter = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = method(violation.getRootBeanClass(), node.as(Path.MethodNode.class));
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = requestName(method, node.as(Path.ParameterNode.class).getParameterIndex());
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() == null ? "" : node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    /** The resource method as written: a CDI proxy subclass's override carries no parameter annotations. */
    private static Method method(Class<?> resource, Path.MethodNode node) {
        Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
        Method declared = null;
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
            try {
                declared = type.getDeclaredMethod(node.getName(), types);
            } catch (NoSuchMethodException notDeclaredHere) {
                // the topmost declaration wins
            }
        }
        return declared;
    }

    /** The parameter's name in the request, or "body" for the entity. */
    private static String requestName(Method method, int index) {
        if (method == null || index >= method.getParameterCount()) {
            return "body";
        }
        for (Annotation annotation : method.getParameterAnnotations()[index]) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
        }
        return "body";
    }
}
