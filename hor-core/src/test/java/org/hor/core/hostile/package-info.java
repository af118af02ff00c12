/** Hostile-input tests of the dataset reader: the corpus, fuzzing, properties and the huge-file checks. */
package org.hor.core.hostile;
