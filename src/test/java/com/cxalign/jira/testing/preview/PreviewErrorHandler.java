package com.cxalign.jira.testing.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.Supplier;
import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;

import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Error pages in the preview's Jira look (an AUI error message in the page shell), like Jira's own 403/404/500 pages,
 * with the status as {@code data-status} on {@code #cx-preview-error}. A 500 shows its stack trace: the preview is
 * a developer tool.
 */
final class PreviewErrorHandler extends ErrorHandler {

    private final PageShell shell;
    private final WebResources webResources;
    private final Supplier<PreviewUser> currentUser;

    PreviewErrorHandler(PageShell shell, WebResources webResources, Supplier<PreviewUser> currentUser) {
        this.shell = shell;
        this.webResources = webResources;
        this.currentUser = currentUser;
    }

    @Override
    protected void writeErrorPage(HttpServletRequest request, Writer writer, int code, String message,
                                  boolean showStacks) throws IOException {
        String title;
        String text;
        switch (code) {
            case 401:
                title = "Not logged in";
                text = "You must log in to see this page.";
                break;
            case 403:
                title = "Permission violation";
                text = "You do not have permission to see this page.";
                break;
            case 404:
                title = "Page not found";
                text = "The page you are looking for does not exist.";
                break;
            default:
                title = code >= 500 ? "System error" : "Error";
                text = "The request failed.";
        }
        StringBuilder panel = new StringBuilder("<div class=\"aui-message aui-message-error\" id=\"cx-preview-error\" ")
                .append("data-status=\"").append(code).append("\"><p class=\"title\"><strong>")
                .append(PageShell.escape(title)).append("</strong></p><p>").append(PageShell.escape(text)).append("</p>");
        String reason = message == null ? "" : message;
        if (!reason.isEmpty() && !reason.equalsIgnoreCase(org.eclipse.jetty.http.HttpStatus.getMessage(code))) {
            panel.append("<p class=\"cx-preview-error-reason\">").append(PageShell.escape(reason)).append("</p>");
        }
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Throwable && code >= 500) {
            StringWriter trace = new StringWriter();
            ((Throwable) thrown).printStackTrace(new PrintWriter(trace));
            panel.append("<pre class=\"cx-preview-stack\">").append(PageShell.escape(trace.toString())).append("</pre>");
        }
        panel.append("<p class=\"cx-preview-error-status\">HTTP ").append(code).append("</p></div>");
        writer.write(shell.generalPage(title, panel.toString(), webResources.resolve(List.of()), currentUser.get()));
    }
}
