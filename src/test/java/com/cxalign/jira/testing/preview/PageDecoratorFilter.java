package com.cxalign.jira.testing.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Jira's SiteMesh page filter and web-resource flushing for {@code /plugins/servlet/*}: records the web resources
 * the servlet requires during the request, buffers the HTML it writes and, if the page asks for the {@code atl.admin}
 * (or {@code atl.general}) decorator, sends it inside the {@link PageShell} with the {@code <link>}/{@code <script>}
 * tags of AUI and of every required web resource. Redirects, errors and undecorated output pass through.
 */
final class PageDecoratorFilter implements Filter {

    private final RecordingPageBuilderService pageBuilderService;
    private final WebResources webResources;
    private final PageShell shell;
    private final PluginDescriptor descriptor;
    private final Supplier<PreviewUser> currentUser;

    PageDecoratorFilter(RecordingPageBuilderService pageBuilderService, WebResources webResources, PageShell shell,
                        PluginDescriptor descriptor, Supplier<PreviewUser> currentUser) {
        this.pageBuilderService = pageBuilderService;
        this.webResources = webResources;
        this.shell = shell;
        this.descriptor = descriptor;
        this.currentUser = currentUser;
    }

    @Override
    public void init(FilterConfig filterConfig) {
    }

    @Override
    public void destroy() {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        BufferedResponse buffered = new BufferedResponse(httpResponse);
        RecordingPageBuilderService.Requirements requirements = pageBuilderService.begin();
        try {
            chain.doFilter(request, buffered);
        } finally {
            pageBuilderService.end();
        }
        if (buffered.bypassed || httpResponse.isCommitted()) {
            return;
        }
        byte[] content = buffered.content();
        String contentType = buffered.getContentType();
        if (contentType == null || !contentType.startsWith("text/html")) {
            httpResponse.getOutputStream().write(content);
            return;
        }
        DecoratedPage page = DecoratedPage.parse(new String(content, buffered.charset()));
        String decorator = page.decorator().orElse("");
        if (!decorator.equals("atl.admin") && !decorator.equals("atl.general")) {
            httpResponse.getOutputStream().write(content);
            return;
        }
        String html;
        try {
            List<String> required = new ArrayList<>(descriptor.webResourcesInContext(decorator));
            for (String context : requirements.contexts()) {
                required.addAll(descriptor.webResourcesInContext(context));
            }
            required.addAll(requirements.webResources());
            WebResources.Resolved resources = webResources.resolve(required);
            html = decorator.equals("atl.admin")
                    ? shell.adminPage(page, resources, currentUser.get())
                    : shell.generalPage(page, resources, currentUser.get());
        } catch (RuntimeException e) {
            request.setAttribute("javax.servlet.error.exception", e);
            httpResponse.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "Cannot decorate " + ((HttpServletRequest) request).getRequestURI() + ": " + e.getMessage());
            return;
        }
        httpResponse.setContentType("text/html;charset=UTF-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        httpResponse.setContentLength(bytes.length);
        httpResponse.getOutputStream().write(bytes);
    }

    /** Keeps what the servlet writes; lets redirects and errors through untouched. */
    private static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        boolean bypassed;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        Charset charset() {
            String encoding = getCharacterEncoding();
            return encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        }

        byte[] content() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            bypassed = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            bypassed = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            bypassed = true;
            super.sendRedirect(location);
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            super.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("no async output in the preview");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() has already been called");
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, charset()));
            }
            return writer;
        }
    }
}
