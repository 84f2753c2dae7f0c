package com.cxalign.jira.testing.preview;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /jira/rest/api/2/project}: a stand-in for Jira's own REST resource that lists the projects the current
 * user may browse ({@code [{"id": "10000", "key": "CX", "name": "..."}]}, ids as strings, as Jira writes them), which
 * the dashboard items' edit views offer.
 */
final class JiraProjectsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/rest/api/2/project";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Function<PreviewUser, List<PreviewProject>> projects;
    private final transient Supplier<PreviewUser> currentUser;

    JiraProjectsServlet(Function<PreviewUser, List<PreviewProject>> projects, Supplier<PreviewUser> currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, String>> list = projects.apply(currentUser.get()).stream()
                .map(p -> Map.of("id", String.valueOf(p.id()), "key", p.key(), "name", p.name())).toList();
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(list));
    }
}
