/** Work spread over every core: the one place that starts the threads of the load and write stages. */
package org.explainer.parallel;
