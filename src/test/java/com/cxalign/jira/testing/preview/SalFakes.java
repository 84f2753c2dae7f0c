package com.cxalign.jira.testing.preview;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The SAL services that exist only inside Jira, faked for the preview: the signed-in user comes from the server's
 * current {@link PreviewUser}, WebSudo is always granted, the log-in page is the preview's {@code /login.jsp}.
 * Dynamic proxies rather than classes, so that methods added to the API stubs later need no change here; calling a
 * method the fake does not know fails loudly, naming it.
 */
final class SalFakes {

    private SalFakes() {
    }

    static UserManager userManager(Supplier<PreviewUser> currentUser) {
        return fake(UserManager.class, Map.of(
                "getRemoteUserKey", args -> currentUser.get().userKey(),
                "isAdmin", args -> Objects.equals(args[0], PreviewUser.ADMIN.userKey())));
    }

    /** Jira's log-in URL: {@code <context>/login.jsp?os_destination=<path after the context, encoded>}. */
    static LoginUriProvider loginUriProvider(String contextPath) {
        return fake(LoginUriProvider.class, Map.of("getLoginUri", args -> {
            URI returnUri = (URI) args[0];
            String destination = returnUri.getRawPath();
            if (destination != null && destination.startsWith(contextPath)) {
                destination = destination.substring(contextPath.length());
            }
            if (returnUri.getRawQuery() != null) {
                destination += "?" + returnUri.getRawQuery();
            }
            return URI.create(contextPath + "/login.jsp?os_destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        }));
    }

    /** WebSudo is always granted in the preview. */
    static WebSudoManager webSudoManager() {
        return fake(WebSudoManager.class, Map.of(
                "canExecuteRequest", args -> true,
                "willExecuteWebSudoRequest", args -> null,
                "enforceWebSudoProtection", args -> null));
    }

    /** Everybody reads the preview in English (the plugin's only language), as the browser tests' Chromium does. */
    static LocaleResolver localeResolver() {
        return fake(LocaleResolver.class, Map.of("getLocale", args -> Locale.US));
    }

    /**
     * Jira's base URL: the context path for {@link UrlMode#RELATIVE} and {@link UrlMode#RELATIVE_CANONICAL}, else
     * {@code baseUrl} (the server's address, known once it has started).
     */
    static ApplicationProperties applicationProperties(String contextPath, Supplier<String> baseUrl) {
        return fake(ApplicationProperties.class, Map.of("getBaseUrl", args ->
                args[0] == UrlMode.RELATIVE || args[0] == UrlMode.RELATIVE_CANONICAL ? contextPath : baseUrl.get()));
    }

    interface Answer {
        Object answer(Object[] args) throws Exception;
    }

    private static <T> T fake(Class<T> type, Map<String, Answer> answers) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(type, proxy, method, args);
            }
            Answer answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException("The preview's fake " + type.getSimpleName() + " does not "
                        + "implement " + method.getName() + "(); add it in " + SalFakes.class.getName());
            }
            return answer.answer(args == null ? new Object[0] : args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object objectMethod(Class<?> type, Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals": return proxy == args[0];
            case "hashCode": return System.identityHashCode(proxy);
            default: return "preview " + type.getSimpleName();
        }
    }
}
