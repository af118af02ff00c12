package org.hor.core.model;

/**
 * The funding programme a dataset belongs to (spec 01).
 *
 * @param id     the programme's id
 * @param name   its name
 * @param funder its funder, or {@code null}
 */
public record Programme(String id, String name, String funder) {
}
