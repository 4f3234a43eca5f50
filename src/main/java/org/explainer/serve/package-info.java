/** Live preview: {@code serve} builds into memory, serves on loopback, rebuilds on change and reloads open pages. */
package org.explainer.serve;
