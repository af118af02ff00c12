package org.hor.core.internal.columns;

/**
 * Lets the engine's index read the columns when the module system cannot: {@code module-info}
 * exports this package only to {@code org.hor.indicators}, a named module. When hor-core runs as a
 * named module but hor-indicators from the class path (surefire before 3.6 does this to a plugin's
 * tests: the plugin's {@code module-info} requires {@code org.hor.core}, so hor-core goes on the
 * module path, while hor-testkit and hor-indicators are test dependencies it does not require, so
 * they go on the class path), there is no module {@code org.hor.indicators}, and the index fails with
 * {@link IllegalAccessError} on its first look at a dataset (issue 15.1).
 *
 * <p>{@link #openToUnnamedEngine()} then exports this package, at run time, to the unnamed module
 * that holds hor-indicators. That is the class path's one unnamed module: everything on the class
 * path can read this package then, as it could if hor-core were on the class path too. Nothing is
 * exported when hor-core itself is on the class path (no module to export from) or when hor-indicators
 * is a named module (the qualified export covers it).
 */
public final class EngineAccess {

    private static final String INDEX = "org.hor.indicators.internal.DatasetIndex";

    private EngineAccess() {}

    /**
     * Exports this package to the unnamed module of hor-indicators, if hor-core is a named module and
     * hor-indicators is found on the class path of hor-core's class loader or of the calling thread's
     * context class loader. Idempotent, cheap after the first call; never fails.
     */
    public static void openToUnnamedEngine() {
        Module self = EngineAccess.class.getModule();
        if (!self.isNamed()) {
            return;
        }
        for (ClassLoader loader : new ClassLoader[] {
            EngineAccess.class.getClassLoader(), Thread.currentThread().getContextClassLoader()
        }) {
            try {
                Module engine = Class.forName(INDEX, false, loader).getModule();
                if (!engine.isNamed()) {
                    self.addExports(EngineAccess.class.getPackageName(), engine);
                }
                return;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // not there (a program that reads datasets without the engine), or not loadable: nothing to open
            }
        }
    }
}
