package com.atlassian.jira.avatar;

import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import java.io.IOException;
import java.io.InputStream;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.jira.avatar.AvatarManager} (jira-api); only the members
 * this plugin calls.
 */
public interface AvatarManager {

    /** @return the id of the default avatar for this icon type */
    Long getDefaultAvatarId(IconType iconType);

    /**
     * Stores {@code imageData} as a new custom avatar of {@code iconType} owned by {@code owner} (for an issue type:
     * its id, or {@code "0"} before the type exists) and returns it, never {@code null}. {@code croppingSelection} may
     * be {@code null} (Jira then takes a square from the image). {@link DataAccessException} is unchecked.
     */
    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner,
            InputStream imageData, Selection croppingSelection) throws DataAccessException, IOException;
}
