/** The data files published for reuse: TimelineJS JSON, CSV tables and the export's JSON Schema. */
package org.explainer.render.export;
