package com.cxalign.jira.testing.preview;

/**
 * One feature's contribution to the preview: the pages (servlet modules) and REST resources it adds to a
 * {@link PluginPageServer.Builder}, built from {@link PreviewServices}, and any sample data it needs (open it here,
 * and hand it to {@link PluginPageServer.Builder#closeOnStop} to release it). {@link PreviewModules#all()} lists the
 * modules {@link PreviewMain} installs; browser tests install the ones they test.
 */
@FunctionalInterface
public interface PreviewModule {

    void install(PluginPageServer.Builder server);
}
