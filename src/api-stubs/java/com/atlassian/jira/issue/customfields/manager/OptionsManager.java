package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.issue.customfields.manager.OptionsManager} (jira-
 * api); only the members this plugin calls.
 */
public interface OptionsManager {

    Options getOptions(FieldConfig fieldConfig);

    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);

    void setValue(Option option, String value);

    void disableOption(Option option);

    void enableOption(Option option);

    Option findByOptionId(Long optionId);
}
