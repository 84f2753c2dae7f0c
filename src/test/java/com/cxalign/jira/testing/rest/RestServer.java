package com.cxalign.jira.testing.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.cxalign.jira.platform.i18n.Messages;
import com.cxalign.jira.platform.security.CurrentActor;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.ext.Provider;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.rules.ExternalResource;

/**
 * CX Align's REST resources in a real HTTP server, as Jira's REST v2 serves them: a Jetty on 127.0.0.1 (random port)
 * with Jersey 2 and Jackson 2 under {@code /jira/rest/cx-align/1.0}, the given resource instances, and every
 * {@code @Provider} of the plugin (error mappers, JSON configuration) found in {@code target/classes}, built with
 * their constructors like Jira does. The current user comes from a Mockito SAL {@link UserManager} that tests steer
 * with {@link #signInAs} and {@link #signOut}.
 *
 * <pre>
 * &#64;Rule public final RestServer server = new RestServer();
 *
 * &#64;Before public void serveGoals() {
 *     server.serve(new GoalResource(goalService, server.currentActor()));
 * }
 * </pre>
 *
 * The server starts at the first request (so resources may depend on other rules' state) and stops after the test.
 * What it does NOT do, because only Jira does it: enforce the access annotations, WebSudo and XSRF checks (the
 * resource checks in {@code platform.rest} verify the annotations instead).
 */
public final class RestServer extends ExternalResource {

    public static final String CONTEXT_PATH = "/jira";
    public static final String REST_PATH = "/rest/cx-align/1.0";

    private final UserManager userManager = mock(UserManager.class);
    private final CurrentActor currentActor = new CurrentActor(userManager);
    private final List<Object> resources = new ArrayList<>();
    private Messages messages = StrictMessages.forPlugin();
    private Server server;
    private URI base;
    private JsonHttpClient client;

    /** Adds resource instances; only before the first request. */
    public RestServer serve(Object... resourceInstances) {
        requireNotStarted();
        resources.addAll(Arrays.asList(resourceInstances));
        return this;
    }

    /** Replaces the plugin's texts (default: {@link StrictMessages#forPlugin()}); only before the first request. */
    public RestServer withMessages(Messages replacement) {
        requireNotStarted();
        this.messages = replacement;
        return this;
    }

    /** The {@link CurrentActor} over this server's user manager: give it to the resources under test. */
    public CurrentActor currentActor() {
        return currentActor;
    }

    /** The Mockito mock behind {@link #currentActor()}, for stubbing beyond sign-in. */
    public UserManager userManager() {
        return userManager;
    }

    /** From now on, requests come from this user. */
    public void signInAs(String userKey, boolean admin) {
        UserKey key = new UserKey(userKey);
        when(userManager.getRemoteUserKey(any(HttpServletRequest.class))).thenReturn(key);
        when(userManager.isAdmin(key)).thenReturn(admin);
    }

    /** From now on, requests are anonymous (the default). */
    public void signOut() {
        when(userManager.getRemoteUserKey(any(HttpServletRequest.class))).thenReturn(null);
    }

    /** {@code http://127.0.0.1:port/jira/rest/cx-align/1.0}; starts the server. */
    public URI baseUri() {
        ensureStarted();
        return base;
    }

    public RestResponse get(String path) {
        return http().get(path);
    }

    public RestResponse post(String path, String json) {
        return http().post(path, json);
    }

    public RestResponse put(String path, String json) {
        return http().put(path, json);
    }

    public RestResponse delete(String path) {
        return http().delete(path);
    }

    public RestResponse delete(String path, String json) {
        return http().delete(path, json);
    }

    /** Any request, e.g. a body that is not JSON; {@code contentType} and {@code body} may be null. */
    public RestResponse send(String method, String path, String contentType, String body) {
        return http().send(method, path, contentType, body);
    }

    @Override
    protected void after() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot stop the REST test server", e);
            }
        }
    }

    private JsonHttpClient http() {
        ensureStarted();
        return client;
    }

    private void ensureStarted() {
        if (server == null) {
            start();
        }
    }

    private void start() {
        ResourceConfig config = new ResourceConfig();
        // With Jersey's own Jackson exception mappers registered, the tests show that the plugin's mappers win.
        config.register(JacksonFeature.withExceptionMappers());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        pluginProviders().forEach(config::register);
        resources.forEach(config::register);

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath(CONTEXT_PATH);
        context.addServlet(new ServletHolder(new ServletContainer(config)), REST_PATH + "/*");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the REST test server", e);
        }
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + CONTEXT_PATH + REST_PATH);
        client = new JsonHttpClient(base);
    }

    /** The plugin's {@code @Provider}s, built like Jira builds them: through their (injectable) constructor. */
    private List<Object> pluginProviders() {
        Map<Class<?>, Object> injectable = Map.of(
                Messages.class, messages,
                CurrentActor.class, currentActor,
                UserManager.class, userManager);
        List<Object> providers = new ArrayList<>();
        for (Class<?> type : PluginClasses.all()) {
            if (type.isAnnotationPresent(Provider.class)) {
                providers.add(instantiate(type, injectable));
            }
        }
        return providers;
    }

    private static Object instantiate(Class<?> type, Map<Class<?>, Object> injectable) {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class) || c.getParameterCount() == 0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("@Provider " + type.getName()
                        + " needs a public @Inject or no-argument constructor"));
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(parameter -> {
                    Object value = injectable.get(parameter);
                    if (value == null) {
                        throw new IllegalStateException("@Provider " + type.getName() + " needs a "
                                + parameter.getName() + ", which RestServer cannot supply (it knows "
                                + injectable.keySet() + ")");
                    }
                    return value;
                })
                .toArray();
        try {
            return constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build @Provider " + type.getName(), e);
        }
    }

    private void requireNotStarted() {
        if (server != null) {
            throw new IllegalStateException("The REST test server is already running; configure it before the first "
                    + "request");
        }
    }
}
