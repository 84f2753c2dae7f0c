package com.cxalign.jira.testing.velocity;

import java.io.Writer;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.DirectiveConstants;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * {@code #disable_html_escaping()}: Jira's opt-out that turns off automatic HTML escaping for the rest of the
 * rendering (see {@link HtmlEscapingReferenceHandler}). Provided so that templates using it render in tests as in Jira.
 */
public final class DisableHtmlEscapingDirective extends Directive {

    @Override
    public String getName() {
        return "disable_html_escaping";
    }

    @Override
    public int getType() {
        return DirectiveConstants.LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        context.put(HtmlEscapingReferenceHandler.ESCAPING_DISABLED, Boolean.TRUE);
        return true;
    }
}
