package com.cxalign.jira.testing.preview;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-written {@link PageBuilderService} that, like Jira's, is request-scoped: what a servlet requires while it
 * handles a request is recorded for THAT request, and the preview's decorator turns it into {@code <link>} and
 * {@code <script>} tags. Calling it outside a request handled by {@link PluginPageServer} fails, as it would be a
 * bug in Jira too (resources required after the page's head has been written are lost).
 */
public final class RecordingPageBuilderService implements PageBuilderService {

    /** The web resources and contexts one request has required, in order. */
    public static final class Requirements implements WebResourceAssembler, RequiredResources {
        private final Set<String> webResources = new LinkedHashSet<>();
        private final Set<String> contexts = new LinkedHashSet<>();

        @Override
        public RequiredResources resources() {
            return this;
        }

        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            webResources.add(moduleCompleteKey);
            return this;
        }

        @Override
        public RequiredResources requireContext(String context) {
            contexts.add(context);
            return this;
        }

        public List<String> webResources() {
            return Collections.unmodifiableList(new ArrayList<>(webResources));
        }

        public List<String> contexts() {
            return Collections.unmodifiableList(new ArrayList<>(contexts));
        }
    }

    private final ThreadLocal<Requirements> current = new ThreadLocal<>();

    @Override
    public WebResourceAssembler assembler() {
        Requirements requirements = current.get();
        if (requirements == null) {
            throw new IllegalStateException("PageBuilderService used outside a page request: Jira's is "
                    + "request-scoped, require web resources while handling the request");
        }
        return requirements;
    }

    /** Starts recording for the request on this thread. */
    Requirements begin() {
        Requirements requirements = new Requirements();
        current.set(requirements);
        return requirements;
    }

    void end() {
        current.remove();
    }
}
