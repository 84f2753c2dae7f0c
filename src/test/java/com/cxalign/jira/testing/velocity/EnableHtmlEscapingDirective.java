package com.cxalign.jira.testing.velocity;

import java.io.Writer;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.DirectiveConstants;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * {@code #enable_html_escaping()}: undoes {@code #disable_html_escaping()} for the rest of the rendering, as in Jira.
 */
public final class EnableHtmlEscapingDirective extends Directive {

    @Override
    public String getName() {
        return "enable_html_escaping";
    }

    @Override
    public int getType() {
        return DirectiveConstants.LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        context.remove(HtmlEscapingReferenceHandler.ESCAPING_DISABLED);
        return true;
    }
}
