package com.cxalign.jira.platform.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST API's documentation ({@code docs/rest-api.yaml}, OpenAPI 3.0) describes exactly the operations the
 * resources serve: every resource method's path and HTTP method is under {@code paths}, and nothing else is.
 * <p>
 * Reads only the {@code paths} section, in the layout the file uses: path keys indented by two spaces, operations by
 * four (so no YAML library is needed; a key in another layout is reported rather than missed).
 */
final class OpenApiCheck {

    static final String DOCUMENT = "docs/rest-api.yaml";

    private static final Pattern PATHS = Pattern.compile("^paths:\\s*(\\{\\s*})?\\s*(#.*)?$");
    private static final Pattern PATH_KEY = Pattern.compile("^ {2}(['\"]?)(/[^'\"]*)\\1:\\s*(#.*)?$");
    private static final Pattern OPERATION_KEY = Pattern.compile("^ {4}([a-z]+):.*$");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private OpenApiCheck() {
    }

    static List<String> problemsOf(Collection<ResourceMethod> resources, String yaml) {
        List<String> problems = new ArrayList<>();
        Set<String> documented = documentedOperations(yaml, problems);
        Set<String> served = new TreeSet<>();
        for (ResourceMethod resource : resources) {
            served.add(resource.operation());
            if (!documented.contains(resource.operation())) {
                problems.add(resource.describe() + " is not described in " + DOCUMENT);
            }
        }
        for (String operation : documented) {
            if (!served.contains(operation)) {
                problems.add(DOCUMENT + " describes " + operation + ", which no resource serves");
            }
        }
        return problems;
    }

    /** {@code GET /goals/{id}} for each operation under {@code paths}. */
    static Set<String> documentedOperations(String yaml, List<String> problems) {
        Set<String> operations = new TreeSet<>();
        String[] lines = yaml.split("\\R");
        int start = -1;
        for (int i = 0; i < lines.length && start < 0; i++) {
            if (PATHS.matcher(lines[i]).matches()) {
                start = i + 1;
            }
        }
        if (start < 0) {
            problems.add(DOCUMENT + " has no top-level 'paths:'");
            return operations;
        }
        String path = null;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            if (!line.startsWith(" ")) {
                break; // the next top-level key ends 'paths'
            }
            Matcher pathKey = PATH_KEY.matcher(line);
            Matcher operationKey = OPERATION_KEY.matcher(line);
            if (pathKey.matches()) {
                path = pathKey.group(2);
            } else if (line.startsWith("  ") && !line.startsWith("   ")) {
                problems.add(DOCUMENT + " line " + (i + 1) + ": expected a path key like '  /goals/{id}:', found '"
                        + line.trim() + "'");
                path = null;
            } else if (operationKey.matches() && HTTP_METHODS.contains(operationKey.group(1)) && path != null) {
                operations.add(operationKey.group(1).toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        return operations;
    }
}
