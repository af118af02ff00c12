/** Example site-specific indicator plugins. */
module org.hor.examples {
    requires org.hor.core;
}
