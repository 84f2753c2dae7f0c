package com.cxalign.jira.testing.preview;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.cxalign.jira.admin.AdminPageGuard;
import com.cxalign.jira.platform.BuildInfo;

/**
 * What Jira would inject into the plugin's classes, as the preview provides it: fakes of Jira's services (SAL user
 * manager following the server's signed-in {@link PreviewUser}, WebSudo always granted, English for everybody,
 * Jira's base URL at {@code /jira}, a request-scoped
 * {@link RecordingPageBuilderService}), the real Velocity {@link TemplateRenderer} and the plugin's own
 * {@link BuildInfo}. Page and REST factories given to {@link PluginPageServer.Builder} build the plugin's servlets
 * and resources from these, the way Spring autowires them in Jira.
 */
public final class PreviewServices {

    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final WebSudoManager webSudoManager;
    private final RecordingPageBuilderService pageBuilderService;
    private final TemplateRenderer templateRenderer;
    private final BuildInfo buildInfo;
    private final PluginDescriptor descriptor;
    private final LocaleResolver localeResolver;
    private final ApplicationProperties applicationProperties;

    PreviewServices(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager,
                    RecordingPageBuilderService pageBuilderService, TemplateRenderer templateRenderer,
                    BuildInfo buildInfo, PluginDescriptor descriptor, LocaleResolver localeResolver,
                    ApplicationProperties applicationProperties) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.pageBuilderService = pageBuilderService;
        this.templateRenderer = templateRenderer;
        this.buildInfo = buildInfo;
        this.descriptor = descriptor;
        this.localeResolver = localeResolver;
        this.applicationProperties = applicationProperties;
    }

    public UserManager userManager() {
        return userManager;
    }

    public LoginUriProvider loginUriProvider() {
        return loginUriProvider;
    }

    public WebSudoManager webSudoManager() {
        return webSudoManager;
    }

    public PageBuilderService pageBuilderService() {
        return pageBuilderService;
    }

    public TemplateRenderer templateRenderer() {
        return templateRenderer;
    }

    public BuildInfo buildInfo() {
        return buildInfo;
    }

    /** The plugin's admin-page guard over the fakes above, as Spring builds it in Jira. */
    public AdminPageGuard adminPageGuard() {
        return new AdminPageGuard(userManager, loginUriProvider, webSudoManager);
    }

    /** SAL's locale of the current user: English. */
    public LocaleResolver localeResolver() {
        return localeResolver;
    }

    /** SAL's application properties: Jira's base URL ({@code /jira} relative). */
    public ApplicationProperties applicationProperties() {
        return applicationProperties;
    }

    /** The plugin's built descriptor, as the preview read it. */
    public PluginDescriptor descriptor() {
        return descriptor;
    }
}
