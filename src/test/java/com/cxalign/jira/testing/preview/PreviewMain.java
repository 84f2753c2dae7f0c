package com.cxalign.jira.testing.preview;

import java.util.List;
import java.util.Locale;

/**
 * Starts the UI preview for people to look at the plugin's own pages without a Jira:
 * <pre>
 * mvn -B test-compile exec:java -Dexec.mainClass=com.cxalign.jira.testing.preview.PreviewMain -Dexec.classpathScope=test
 * </pre>
 * Port 2990 unless {@code -Dcx.preview.port=...}; signed in as a Jira administrator unless
 * {@code -Dcx.preview.user=user} (not an administrator) or {@code anonymous}. Serves every module of
 * {@link PreviewModules#all()}. Not a way to run the plugin: there is no Jira behind the pages.
 */
public final class PreviewMain {

    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("cx.preview.port", 2990);
        PreviewUser user = PreviewUser.valueOf(System.getProperty("cx.preview.user", "admin").toUpperCase(Locale.ROOT));
        PluginPageServer server = start(port, user, PreviewModules.all());
        System.out.println();
        System.out.println("CX Align UI preview (the plugin's pages in a stand-in for Jira, not Jira), signed in as "
                + user.name().toLowerCase(Locale.ROOT) + ":");
        System.out.println("  index  " + server.url("/"));
        server.servletPaths().forEach((module, paths) -> paths.forEach(path ->
                System.out.println("  page   " + server.url(path.replace("/*", "/")) + "   (" + module + ")")));
        server.issues().keySet().stream().sorted().forEach(key ->
                System.out.println("  issue  " + server.issueUrl(key)));
        if (!server.dashboardItems().isEmpty()) {
            System.out.println("  dash   " + server.dashboardUrl() + "   (" + String.join(", ", server.dashboardItems())
                    + ")");
        }
        if (server.hasRestResources()) {
            System.out.println("  REST   " + server.url(PluginPageServer.REST_PATH + "/"));
        }
        System.out.println("Stop with Ctrl+C.");
        server.join();
    }

    /** The preview server with these modules, started. */
    static PluginPageServer start(int port, PreviewUser user, List<PreviewModule> modules) {
        return PluginPageServer.builder().port(port).signedInAs(user).install(modules).build().start();
    }
}
