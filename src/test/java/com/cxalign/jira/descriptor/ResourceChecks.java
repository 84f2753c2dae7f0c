package com.cxalign.jira.descriptor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.w3c.dom.Element;

/** The resources and plugin icons the descriptor names; see {@link PluginDescriptorCheck#resourceProblems()}. */
record ResourceChecks(PluginFiles files) {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    List<String> problems(ParsedDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        for (Element resource : descriptor.descendants("resource")) {
            checkResource(descriptor, resource, problems);
        }
        for (String element : List.of("thumbnail", "gadget")) {
            for (Element named : descriptor.descendants(element)) {
                String location = named.getAttribute("location").trim();
                // A location with ':' is a URL or another module's resource, not a file of this plugin.
                if (!location.isEmpty() && !location.contains(":") && !Files.isRegularFile(files.resource(location))) {
                    problems.add(notInResources("<" + element + "> in "
                            + ParsedDescriptor.describe(descriptor.moduleOf(named)), location));
                }
            }
        }
        checkIcons(descriptor.pluginInfoParams(), problems);
        return problems;
    }

    private void checkResource(ParsedDescriptor descriptor, Element resource, List<String> problems) {
        String location = resource.getAttribute("location").trim();
        Element module = descriptor.moduleOf(resource);
        String where = "<resource type=\"" + resource.getAttribute("type") + "\" name=\""
                + resource.getAttribute("name") + "\">"
                + (module == resource ? "" : " in " + ParsedDescriptor.describe(module));
        if (location.isEmpty()) {
            problems.add(where + " has no location");
        } else if ("i18n".equals(resource.getAttribute("type"))) {
            if (!Files.isRegularFile(files.i18nBundle(location))) {
                problems.add(where + ": i18n location " + location + " needs " + PluginFiles.i18nBundlePath(location)
                        + " in the resources");
            }
        } else if (isFileOfThisPlugin(location)) {
            Path path = files.resource(location);
            boolean exists = location.endsWith("/") ? Files.isDirectory(path) : Files.isRegularFile(path);
            if (!exists) {
                problems.add(notInResources(where, location));
            }
        }
    }

    private void checkIcons(Map<String, String> params, List<String> problems) {
        for (String param : PluginDescriptorCheck.PLUGIN_ICON_PARAMS) {
            String location = params.get(param);
            if (location == null || location.isBlank()) {
                problems.add("<plugin-info> has no <param name=\"" + param + "\">");
                continue;
            }
            Path image = files.resource(location.trim());
            if (!Files.isRegularFile(image)) {
                problems.add(ParsedDescriptor.describeParam(param) + ": " + location + " does not exist");
            } else if (!isPng(image)) {
                problems.add(ParsedDescriptor.describeParam(param) + ": " + location + " is not a valid PNG image");
            }
        }
    }

    private static boolean isFileOfThisPlugin(String location) {
        // ":module/file" (soy) is a resource of another module, "scheme://..." an absolute URL.
        return !location.startsWith(":") && !location.contains(":/");
    }

    private static String notInResources(String where, String location) {
        return where + ": location " + location + " does not exist in the resources";
    }

    /** The signature alone would pass a truncated file, so the image must also decode. */
    private static boolean isPng(Path image) {
        try {
            byte[] bytes = Files.readAllBytes(image);
            if (bytes.length < PNG_SIGNATURE.length
                    || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
                return false;
            }
            try (InputStream in = Files.newInputStream(image)) {
                BufferedImage decoded = ImageIO.read(in);
                return decoded != null && decoded.getWidth() > 0 && decoded.getHeight() > 0;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
