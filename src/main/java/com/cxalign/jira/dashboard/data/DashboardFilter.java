package com.cxalign.jira.dashboard.data;

import com.cxalign.jira.feedback.FeedbackChannel;
import com.cxalign.jira.platform.errors.FieldError;
import com.cxalign.jira.platform.errors.ValidationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a dashboard request counts, checked: the projects asked for (empty: every project the user may browse), a
 * goal or a channel, the first day counted (issues created on or after it, in Jira's time zone), and the page of
 * issues ({@code limit} 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}).
 */
public record DashboardFilter(Set<Long> requestedProjects, Integer goalId, FeedbackChannel channel, LocalDate since,
                              int start, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** More project ids than this in one request is not a dashboard; a guard for the SQL it would make. */
    public static final int MAX_PROJECTS = 1000;

    public DashboardFilter {
        requestedProjects = Set.copyOf(requestedProjects);
    }

    /** Checks every parameter and reports every wrong one at once (400). */
    public static DashboardFilter of(DashboardParams params) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> projects = projects(params.projects(), errors);
        Integer goal = null;
        if (present(params.goal())) {
            goal = positiveInt(params.goal());
            if (goal == null) {
                errors.add(FieldError.of("goal", "cx-align.dashboard.goal.invalid"));
            }
        }
        FeedbackChannel channel = null;
        if (present(params.channel())) {
            channel = channel(params.channel().trim());
            if (channel == null) {
                errors.add(FieldError.of("channel", "cx-align.dashboard.channel.invalid",
                        Arrays.stream(FeedbackChannel.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        LocalDate since = null;
        if (present(params.since())) {
            try {
                since = LocalDate.parse(params.since().trim());
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("since", "cx-align.dashboard.since.invalid"));
            }
        }
        int start = 0;
        if (present(params.start())) {
            Integer parsed = nonNegativeInt(params.start());
            if (parsed == null) {
                errors.add(FieldError.of("start", "cx-align.dashboard.start.invalid"));
            } else {
                start = parsed;
            }
        }
        int limit = DEFAULT_LIMIT;
        if (present(params.limit())) {
            Integer parsed = positiveInt(params.limit());
            if (parsed == null || parsed > MAX_LIMIT) {
                errors.add(FieldError.of("limit", "cx-align.dashboard.limit.invalid", MAX_LIMIT));
            } else {
                limit = parsed;
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new DashboardFilter(projects, goal, channel, since, start, limit);
    }

    /** The projects counted: those asked for that the user may browse, or all they may browse. */
    public Set<Long> projectsOf(Set<Long> browsable) {
        if (requestedProjects.isEmpty()) {
            return Set.copyOf(browsable);
        }
        Set<Long> counted = new LinkedHashSet<>(requestedProjects);
        counted.retainAll(browsable);
        return Set.copyOf(counted);
    }

    private static Set<Long> projects(String raw, List<FieldError> errors) {
        Set<Long> ids = new LinkedHashSet<>();
        if (!present(raw)) {
            return ids;
        }
        for (String part : raw.split(",", -1)) {
            Long id = positiveLong(part);
            if (id == null) {
                errors.add(FieldError.of("projects", "cx-align.dashboard.projects.invalid"));
                return Set.of();
            }
            ids.add(id);
        }
        if (ids.size() > MAX_PROJECTS) {
            errors.add(FieldError.of("projects", "cx-align.dashboard.projects.too-many", MAX_PROJECTS));
            return Set.of();
        }
        return ids;
    }

    private static FeedbackChannel channel(String raw) {
        String name = raw.toUpperCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(FeedbackChannel.values()).filter(value -> value.name().equals(name)).findFirst()
                .orElse(null);
    }

    private static boolean present(String raw) {
        return raw != null && !raw.isBlank();
    }

    private static Integer positiveInt(String raw) {
        Integer value = nonNegativeInt(raw);
        return value == null || value == 0 ? null : value;
    }

    private static Integer nonNegativeInt(String raw) {
        String value = raw.trim();
        if (!value.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.parseInt(value);
    }

    private static Long positiveLong(String raw) {
        String value = raw.trim();
        if (!value.matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(value);
        return id == 0 ? null : id;
    }
}
