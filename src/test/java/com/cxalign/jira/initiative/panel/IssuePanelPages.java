package com.cxalign.jira.initiative.panel;

import com.cxalign.jira.admin.SetupPages;
import com.cxalign.jira.initiative.Initiatives;
import com.cxalign.jira.initiative.rest.AlignmentResource;
import com.cxalign.jira.platform.security.CurrentActor;
import com.cxalign.jira.testing.preview.HeldOpenRule;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewIssue;
import com.cxalign.jira.testing.preview.PreviewModule;
import com.cxalign.jira.testing.rest.StrictMessages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The CX alignment panel on the {@link PluginPageServer}'s view issue pages: the descriptor's web panel with the real
 * {@link AlignmentPanelContext} (over the real {@link com.cxalign.jira.initiative.alignment.AlignmentService} of an
 * {@link Initiatives}: a real catalogue on a test database and a {@code FakeJira}) and the real
 * {@link CxIssueCondition}, for the given issues.
 * <ul>
 *   <li>{@link #over(Initiatives, List)} for browser tests, which own the {@link Initiatives} rule;</li>
 *   <li>{@link #withSampleData()} for the hand-started preview: CX Align's pages over one sample of CX data of their
 *       own ({@link IssuePanelSampleData}): the issue pages, the alignment REST resource, the CX setup page and the
 *       catalogue's pages, closed when the server stops.</li>
 * </ul>
 */
public final class IssuePanelPages {

    public static final String PANEL = "cx-alignment-panel";

    private IssuePanelPages() {
    }

    /** The panel over {@code initiatives}, whose services must exist already (build after its rule), on these issues. */
    public static PreviewModule over(Initiatives initiatives, List<PreviewIssue> issues) {
        return server -> {
            server.withWebPanel(PANEL, services -> new AlignmentPanelContext(initiatives.alignments,
                    new CurrentActor(services.userManager()), services.localeResolver(), StrictMessages.forPlugin(),
                    services.applicationProperties()), services -> new CxIssueCondition(initiatives.ids));
            issues.forEach(server::withIssue);
        };
    }

    /** For {@code PreviewMain}: CX Align's pages over sample data of their own. */
    public static PreviewModule withSampleData() {
        return withSampleData(IssuePanelSampleData::fill, initiatives -> server -> { });
    }

    /**
     * CX Align's pages (the issue pages, the alignment REST resource, CX setup, the catalogue's pages) over sample
     * data of their own that {@code fill} writes and that lives until the server stops, plus what {@code more} adds
     * over the same data.
     */
    public static PreviewModule withSampleData(Function<Initiatives, List<PreviewIssue>> fill,
                                               Function<Initiatives, PreviewModule> more) {
        return server -> {
            HeldOpenRule<Initiatives> open = HeldOpenRule.open(new Initiatives(), "the preview's CX data");
            List<PreviewIssue> issues;
            try {
                Initiatives initiatives = open.rule();
                issues = fill.apply(initiatives);
                // Readings may be recorded up to today in the preview (the catalogue's clock starts in 2026).
                Duration behind = Duration.between(initiatives.catalog.clock.instant(), Instant.now());
                if (!behind.isNegative()) {
                    initiatives.catalog.clock.advance(behind);
                }
            } catch (RuntimeException e) {
                open.close();
                throw e;
            }
            server.closeOnStop(open);
            Initiatives initiatives = open.rule();
            SetupPages.over(initiatives).install(server);
            over(initiatives, issues).install(server);
            server.withRestResource(services -> new AlignmentResource(initiatives.alignments,
                    initiatives.metricChoices, new CurrentActor(services.userManager()), StrictMessages.forPlugin()));
            more.apply(initiatives).install(server);
        };
    }
}
