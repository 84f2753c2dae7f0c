package com.atlassian.webresource.api.assembler;

/**
 * Compile-time stub of Jira 10.3's type; see src/api-stubs/README.md.
 */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
