package org.hor.core.model;

import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorText;
import org.hor.core.validation.constraints.Required;
import org.jspecify.annotations.Nullable;

/**
 * The funding programme a dataset belongs to (spec 01).
 *
 * @param id     the programme's id
 * @param name   its name
 * @param funder its funder, or {@code null}
 */
public record Programme(
        @Required @HorId String id,
        @Required @HorText String name,
        @HorText @Nullable String funder) {}
