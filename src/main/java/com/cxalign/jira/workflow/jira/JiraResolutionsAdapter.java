package com.cxalign.jira.workflow.jira;

import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.cxalign.jira.workflow.JiraResolutions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link JiraResolutions} over Jira's {@link ResolutionManager}. */
public final class JiraResolutionsAdapter implements JiraResolutions {

    private final ResolutionManager resolutionManager;

    public JiraResolutionsAdapter(ResolutionManager resolutionManager) {
        this.resolutionManager = Objects.requireNonNull(resolutionManager, "resolutionManager");
    }

    /**
     * Jira's resolutions in Jira's order; a resolution without a name or an id is left out, and a repeated name keeps
     * its first id.
     */
    @Override
    public Map<String, String> idsByName() {
        List<Resolution> resolutions = resolutionManager.getResolutions();
        Map<String, String> ids = new LinkedHashMap<>();
        if (resolutions != null) {
            for (Resolution resolution : resolutions) {
                if (resolution != null && resolution.getName() != null && resolution.getId() != null) {
                    ids.putIfAbsent(resolution.getName(), resolution.getId());
                }
            }
        }
        return Collections.unmodifiableMap(ids);
    }
}
