package com.cxalign.jira.testing.velocity;

import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.ResourceManagerImpl;

/**
 * Velocity 1.7's strict reference mode also throws for QUIET references ({@code $!name}) to undefined names, which
 * Jira's non-strict engine renders as nothing. This resource manager lets every template it loads (including
 * {@code #parse}d ones) keep quiet references quiet: it turns strict mode off for each {@code $!...} reference
 * node, so only normal {@code $name} references to undefined names fail.
 */
public final class QuietReferencesResourceManager extends ResourceManagerImpl {

    @Override
    public Resource getResource(String resourceName, int resourceType, String encoding) {
        Resource resource = super.getResource(resourceName, resourceType, encoding);
        if (resource != null && resource.getData() instanceof Node) {
            allowQuietReferences((Node) resource.getData());
        }
        return resource;
    }

    static void allowQuietReferences(Node node) {
        if (node instanceof ASTReference && "$!".equals(((ASTReference) node).getDollarBang())) {
            ((ASTReference) node).strictRef = false;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            allowQuietReferences(node.jjtGetChild(i));
        }
    }
}
