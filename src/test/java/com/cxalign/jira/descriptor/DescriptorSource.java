package com.cxalign.jira.descriptor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.xml.sax.SAXException;

/**
 * The descriptor, parsed on first use and then kept: every check needs it, and if it cannot be read each check
 * reports that same problem instead of its own.
 */
final class DescriptorSource {

    private final Path file;
    private ParsedDescriptor descriptor;
    private String problem;

    DescriptorSource(Path file) {
        this.file = Objects.requireNonNull(file, "descriptorFile");
    }

    /** The parsed descriptor, or empty after adding why it cannot be read to {@code problems}. */
    Optional<ParsedDescriptor> read(List<String> problems) {
        if (descriptor == null && problem == null) {
            try {
                descriptor = ParsedDescriptor.parse(file);
            } catch (IOException | SAXException e) {
                problem = "cannot read descriptor " + file + ": " + e.getMessage();
            }
        }
        if (problem != null) {
            problems.add(problem);
        }
        return Optional.ofNullable(descriptor);
    }
}
