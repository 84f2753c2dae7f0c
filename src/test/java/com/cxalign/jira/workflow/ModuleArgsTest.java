package com.cxalign.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** A check's settings: defaults, what a transition stored, and what the admin's form sends. */
public class ModuleArgsTest {

    private static final List<ArgSpec> SPECS = List.of(
            ArgSpec.number("minWords", "label.min", 8, 1, 100),
            ArgSpec.flag("requireCustomer", "label.customer", false),
            ArgSpec.list("phrases", "label.phrases", List.of("tbd", "n/a")));

    @Test
    public void aNewCheckStartsWithTheDefaults() {
        ModuleArgs args = ModuleArgs.defaults(SPECS);

        assertEquals(8, args.number("minWords"));
        assertFalse(args.flag("requireCustomer"));
        assertEquals(List.of("tbd", "n/a"), args.list("phrases"));
    }

    @Test
    public void storedValuesAreReadAndBrokenOnesFallBackOrAreHeldInRange() {
        assertEquals(12, ModuleArgs.of(Map.of("minWords", " 12 "), SPECS).number("minWords"));
        assertEquals(8, ModuleArgs.of(Map.of("minWords", "many"), SPECS).number("minWords"));
        assertEquals(100, ModuleArgs.of(Map.of("minWords", "100000"), SPECS).number("minWords"));
        assertEquals(1, ModuleArgs.of(Map.of("minWords", "-3"), SPECS).number("minWords"));
        assertEquals(8, ModuleArgs.of(null, SPECS).number("minWords"));
        assertTrue(ModuleArgs.of(Map.of("requireCustomer", "TRUE"), SPECS).flag("requireCustomer"));
    }

    @Test
    public void theFormIsNormalizedBeforeItIsStored() {
        Map<String, Object> form = new HashMap<>();
        form.put("minWords", new String[] {"5"});
        form.put("phrases", new String[] {" TBD,,  Improve CX \n tbd "});
        // an unticked checkbox is not sent at all

        Map<String, String> stored = ModuleArgs.fromForm(form, SPECS).asMap();

        assertEquals(Map.of("minWords", "5", "requireCustomer", "false", "phrases", "tbd, improve cx"), stored);
        form.put("requireCustomer", new String[] {"true"});
        assertEquals("true", ModuleArgs.fromForm(form, SPECS).asMap().get("requireCustomer"));
    }
}
