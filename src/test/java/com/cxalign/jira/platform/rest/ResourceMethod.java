package com.cxalign.jira.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

/**
 * One JAX-RS resource method as a client sees it: HTTP method and full path below the REST module's base (class and
 * method {@code @Path} joined, {@code {id: [0-9]+}} shortened to {@code {id}}, as OpenAPI writes templates).
 */
record ResourceMethod(Class<?> resourceClass, Method method, String httpMethod, String path) {

    /** The resource methods of every concrete {@code @Path} class among {@code classes}, in a stable order. */
    static List<ResourceMethod> of(Collection<Class<?>> classes) {
        List<ResourceMethod> methods = new ArrayList<>();
        for (Class<?> type : classes) {
            if (type.isAnnotationPresent(Path.class) && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers())) {
                methods.addAll(of(type));
            }
        }
        methods.sort(Comparator.comparing(ResourceMethod::path).thenComparing(ResourceMethod::httpMethod));
        return methods;
    }

    static List<ResourceMethod> of(Class<?> resourceClass) {
        List<ResourceMethod> methods = new ArrayList<>();
        for (Method method : resourceClass.getMethods()) {
            if (method.isBridge() || method.isSynthetic()) {
                continue;
            }
            String httpMethod = httpMethodOf(method);
            if (httpMethod != null) {
                Path methodPath = method.getAnnotation(Path.class);
                String path = join(resourceClass.getAnnotation(Path.class).value(),
                        methodPath == null ? "" : methodPath.value());
                methods.add(new ResourceMethod(resourceClass, method, httpMethod, path));
            }
        }
        return methods;
    }

    /** {@code GET /goals/{id}}: how OpenAPI and people name an operation. */
    String operation() {
        return httpMethod + " " + path;
    }

    /** {@code GoalResource.get (GET /goals/{id})}: how problems name it. */
    String describe() {
        return resourceClass.getSimpleName() + "." + method.getName() + " (" + operation() + ")";
    }

    /** {@code @GET}, {@code @POST}... are annotated {@code @HttpMethod}, and so is a custom {@code @PATCH}. */
    private static String httpMethodOf(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class))
                .filter(Objects::nonNull)
                .map(httpMethod -> httpMethod.value().toUpperCase(Locale.ROOT))
                .findFirst()
                .orElse(null);
    }

    static String join(String classPath, String methodPath) {
        String joined = ("/" + templatesWithoutRegex(classPath) + "/" + templatesWithoutRegex(methodPath))
                .replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** {@code {id: \\d{1,5}}} becomes {@code {id}}; a regex may itself contain braces. */
    static String templatesWithoutRegex(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            while (end < path.length()) {
                char d = path.charAt(end);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
                end++;
            }
            String template = path.substring(i + 1, Math.min(end, path.length()));
            int colon = template.indexOf(':');
            out.append('{').append((colon < 0 ? template : template.substring(0, colon)).trim()).append('}');
            i = end + 1;
        }
        return out.toString();
    }
}
