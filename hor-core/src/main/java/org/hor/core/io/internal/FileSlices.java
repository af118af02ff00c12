package org.hor.core.io.internal;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JsonParser;

/**
 * A document in a file, which can be read again from any byte: what reading the deliveries in two
 * halves at once needs ({@link DeliverySplit}).
 */
public interface FileSlices {

    /** Returns the file's size in bytes. */
    long size();

    /**
     * Opens the file's bytes from {@code offset} on.
     *
     * @param offset  the first byte
     * @param counted whether reading the stream counts as progress of reading the file (the part
     *                the reading thread goes on with), or not (a second thread's part)
     * @return the stream, to be closed by the caller
     * @throws IOException if the file cannot be read
     */
    InputStream bytes(long offset, boolean counted) throws IOException;

    /**
     * Creates a parser over a stream with the reader's limits; closing the parser closes the stream.
     *
     * @param in the stream
     * @return the parser
     */
    JsonParser parser(InputStream in);
}
