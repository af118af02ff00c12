/**
 * A test kit for plugin authors: {@link org.hor.testkit.PluginTestKit#run} evaluates a plugin next to
 * the standard catalogue through the real host and returns a {@link org.hor.testkit.PluginRun} with
 * the plugin's values, failures and loading problems, and {@link org.hor.testkit.PluginRun#assertContract()}
 * for the usual breaches of the plugin contract.
 */
@NullMarked
package org.hor.testkit;

import org.jspecify.annotations.NullMarked;
