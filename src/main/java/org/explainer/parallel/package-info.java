/** Work spread over every core: the one place that starts threads, for the load and write stages and for work beside them. */
package org.explainer.parallel;
