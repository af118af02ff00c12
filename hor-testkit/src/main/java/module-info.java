/**
 * hor test kit: run an indicator plugin through the real host (catalogue loading, guarded
 * evaluation) on a dataset in one line of a test, and check the plugin contract. Framework-neutral:
 * failed checks throw {@link AssertionError}.
 */
module org.hor.testkit {
    requires static org.jspecify;
    requires transitive org.hor.indicators;

    exports org.hor.testkit;
}
