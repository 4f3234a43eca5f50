/** The validate stage: rules across files, references, drafts, and quotes checked against their sources. */
package org.explainer.validate;
