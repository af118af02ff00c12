package org.hor.report.document;

import java.util.List;

/**
 * Key-figure tiles shown side by side, wrapping on narrow screens.
 *
 * @param tiles the tiles, in order
 */
public record TileGroup(List<Tile> tiles) implements Block {

    /** @throws NullPointerException if {@code tiles} or an element is null */
    public TileGroup {
        tiles = List.copyOf(tiles);
    }
}
