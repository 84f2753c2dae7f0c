package com.cxalign.jira.initiative.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.cxalign.jira.catalog.CatalogChanges;
import com.cxalign.jira.initiative.setup.CxSchemaSetup;
import com.cxalign.jira.initiative.setup.FieldOptionSync;
import com.cxalign.jira.initiative.setup.SetupReport;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up the plugin's issue types, fields and options whenever the plugin starts on a node (install, enable,
 * upgrade, Jira start) and keeps the goal and metric options in step with the catalogue while it runs. Stopping
 * only stops listening: nothing the plugin made in Jira is ever removed, so issues keep their types and values
 * when the plugin is disabled or uninstalled.
 */
public class InitiativeLauncher implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(InitiativeLauncher.class);

    private final CxSchemaSetup setup;
    private final CatalogChanges catalogChanges;
    private final Consumer<CatalogChanges.Change> optionSync;

    public InitiativeLauncher(CxSchemaSetup setup, CatalogChanges catalogChanges, FieldOptionSync optionSync) {
        this.setup = setup;
        this.catalogChanges = catalogChanges;
        this.optionSync = optionSync::onCatalogChange;
    }

    @Override
    public void onStart() {
        catalogChanges.subscribe(optionSync);
        try {
            SetupReport report = setup.ensure();
            if (!report.changedNothing()) {
                LOG.info("CX Align set up Jira: created {}, adopted {}, options {}", report.created(),
                        report.adopted(), report.optionChanges());
            }
        } catch (RuntimeException e) {
            // The rest of Jira must start anyway; the admin page's setup action runs it again and shows the error.
            LOG.error("CX Align could not set up its issue types and fields; run the setup from its admin page", e);
        }
    }

    @Override
    public void onStop() {
        catalogChanges.unsubscribe(optionSync);
    }
}
