package org.hor.report.document;

/**
 * A part of a document body: a section, a paragraph, a list, facts, key-figure tiles, a table or a
 * chart.
 */
public sealed interface Block
        permits Section, Paragraph, BulletList, FactList, TileGroup, Table, Chart {
}
