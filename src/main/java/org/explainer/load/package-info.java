/** The load stage: content files to typed records, each file on its own, every problem collected. */
package org.explainer.load;
