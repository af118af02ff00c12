package org.hor.report.document;

import java.util.List;

/**
 * Key-figure tiles shown side by side, wrapping on narrow screens.
 *
 * @param tiles the tiles, in order
 */
public record TileGroup(List<Tile> tiles) implements Block {

    /**
     * @throws NullPointerException if {@code tiles} or an element is null
     *
     * @param tiles the tiles, in order
     */
    public TileGroup {
        tiles = List.copyOf(tiles);
    }

    /**
     * Calls {@link BlockVisitor#visitTileGroup(TileGroup)}.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns for this group of tiles
     */
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitTileGroup(this);
    }
}
